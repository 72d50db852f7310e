package org.marsad.ner;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and, when the file has them, one BIO label per token. */
public record ConllSentence(List<String> tokens, List<String> labels) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        labels = labels == null ? null : List.copyOf(labels);
        if (labels != null && labels.size() != tokens.size()) {
            throw new IllegalArgumentException("labels and tokens differ in number: " + labels.size() + " vs " + tokens.size());
        }
    }

    public boolean labelled() { return labels != null; }

    public int size() { return tokens.size(); }
}
