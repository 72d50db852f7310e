package org.marsad.arabic.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;

/**
 * Adds a {@link MentionTypes#DATE} mention, valued with a DateValue, for every time expression in each
 * sentence, read against the document's reference date. Durations are not dates and are not added.
 * Attributes: "sentence" (index), "relative" (boolean).
 */
public final class DateAnnotator implements Annotator {
    public static final String DATES = "dates";

    private final DateReader reader;

    public DateAnnotator() { this(new DateReader()); }

    public DateAnnotator(DateReader reader) { this.reader = reader; }

    @Override
    public String name() { return "dates"; }

    @Override
    public Set<String> requires() { return Set.of(TextAnalyzer.TOKENS); }

    @Override
    public Set<String> provides() { return Set.of(DATES); }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.tokens();
        LocalDate ref = document.referenceDate();
        for (Sentence s : document.sentences()) {
            for (TimeExpression e : reader.read(tokens, s.firstToken(), s.endToken(), ref)) {
                if (e.isDuration()) continue;
                document.addMention(new Mention(MentionTypes.DATE, e.start(), e.end(), e.firstToken(), e.endToken(), e.value(),
                        Map.of("sentence", s.index(), "relative", e.value().relative())));
            }
        }
    }
}
