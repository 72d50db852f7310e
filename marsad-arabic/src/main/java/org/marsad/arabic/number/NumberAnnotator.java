package org.marsad.arabic.number;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.time.DateReader;
import org.marsad.arabic.time.TimeExpression;
import org.marsad.arabic.time.TimeLexicon;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.MentionTypes;
import org.marsad.core.Mention;
import org.marsad.core.Sentence;
import org.marsad.core.Token;

/**
 * Adds a {@link MentionTypes#NUMBER} mention, valued with a Quantity, for every number in each sentence.
 * Attributes: "sentence" (index) and "time" (true when the number is part of a time expression, such as
 * the day in "16 يوليو" or the count in "قبل ثلاثة أيام", so it is no count of anything).
 */
public final class NumberAnnotator implements Annotator {
    public static final String NUMBERS = "numbers";

    /** Any date will do: time expressions are only located here, not valued. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    private final NumberReader reader;
    private final DateReader dates;

    public NumberAnnotator() { this(new NumberReader()); }

    public NumberAnnotator(NumberReader reader) {
        this.reader = reader;
        this.dates = new DateReader(TimeLexicon.shared(), reader);
    }

    @Override
    public String name() { return "numbers"; }

    @Override
    public Set<String> requires() { return Set.of(TextAnalyzer.TOKENS); }

    @Override
    public Set<String> provides() { return Set.of(NUMBERS); }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.tokens();
        for (Sentence s : document.sentences()) {
            BitSet time = new BitSet();
            for (TimeExpression e : dates.read(tokens, s.firstToken(), s.endToken(), ANY_DAY)) time.set(e.firstToken(), e.endToken());
            for (NumberReader.NumberMatch m : reader.read(tokens, s.firstToken(), s.endToken())) {
                Map<String, Object> attrs = new HashMap<>();
                attrs.put("sentence", s.index());
                attrs.put("time", time.get(m.valueToken()));
                document.addMention(new Mention(MentionTypes.NUMBER, tokens.get(m.firstToken()).start(),
                        tokens.get(m.endToken() - 1).end(), m.firstToken(), m.endToken(), m.quantity(), attrs));
            }
        }
    }
}
