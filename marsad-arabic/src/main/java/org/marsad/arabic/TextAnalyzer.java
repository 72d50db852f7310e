package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.Token;

/** The first stage: sentences and tokens over the text as read. */
public final class TextAnalyzer implements Annotator {
    public static final String SENTENCES = "sentences";
    public static final String TOKENS = "tokens";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public String name() { return "text"; }

    @Override
    public Set<String> provides() { return Set.of(SENTENCES, TOKENS); }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (SentenceSplitter.Bounds b : splitter.split(text)) {
            int first = tokens.size();
            tokens.addAll(tokenizer.tokenize(text, b.start(), b.end(), first));
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), b.start(), b.end(), first, tokens.size(), b.paragraph()));
            }
        }
        document.setSentences(sentences);
        document.setTokens(tokens);
    }
}
