package org.marsad.core;

import java.util.List;

/**
 * A word or punctuation mark. {@code norm} is the matching form (see the Arabic normaliser);
 * {@code stems} are the normalised forms with clitics removed, most specific first, that
 * lexicon look-ups try in turn. The surface text is always {@code text.substring(start, end)}.
 */
public record Token(int index, int start, int end, String surface, String norm, List<String> stems, Kind kind) implements Span {
    public enum Kind { WORD, NUMBER, PUNCT, LATIN, OTHER }

    public boolean isWord() { return kind == Kind.WORD; }
    public boolean isPunct() { return kind == Kind.PUNCT; }
}
