package org.marsad.arabic.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.MentionTypes;
import org.marsad.core.Mention;
import org.marsad.core.Sentence;
import org.marsad.core.Token;

/** Adds a {@link MentionTypes#NUMBER} mention, valued with a Quantity, for every number in each sentence. */
public final class NumberAnnotator implements Annotator {
    public static final String NUMBERS = "numbers";

    private final NumberReader reader;

    public NumberAnnotator() { this(new NumberReader()); }

    public NumberAnnotator(NumberReader reader) { this.reader = reader; }

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
            for (NumberReader.NumberMatch m : reader.read(tokens, s.firstToken(), s.endToken())) {
                Map<String, Object> attrs = new HashMap<>();
                attrs.put("sentence", s.index());
                document.addMention(new Mention(MentionTypes.NUMBER, tokens.get(m.firstToken()).start(),
                        tokens.get(m.endToken() - 1).end(), m.firstToken(), m.endToken(), m.quantity(), attrs));
            }
        }
    }
}
