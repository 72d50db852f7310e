package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Token;

/**
 * Splits text into words, numbers, Latin words and punctuation, in one linear pass. Each
 * token keeps its offsets, its normalised form and the clitic-stripped stems to look up.
 */
public final class Tokenizer {
    /** Words longer than this are cut: a 100,000-letter "word" must not cost quadratic time. */
    static final int MAX_TOKEN = 64;

    public List<Token> tokenize(String text, int from, int to, int firstIndex) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                    || c == '\uFEFF' || c == '\u061C') {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (ArabicNormalizer.isArabicWordChar(c)) {
                while (i < to && i - start < MAX_TOKEN && (ArabicNormalizer.isArabicWordChar(text.charAt(i)))) i++;
                kind = Token.Kind.WORD;
            } else if (ArabicNormalizer.isDigit(c)) {
                while (i < to && i - start < MAX_TOKEN) {
                    char d = text.charAt(i);
                    if (ArabicNormalizer.isDigit(d)) { i++; continue; }
                    if ((d == ',' || d == '.' || d == '٫' || d == '٬') && i + 1 < to && ArabicNormalizer.isDigit(text.charAt(i + 1))) { i += 2; continue; }
                    break;
                }
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < to && i - start < MAX_TOKEN && Character.isLetterOrDigit(text.charAt(i))) i++;
                kind = Token.Kind.LATIN;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Character.isLetterOrDigit(text.codePointAt(start)) ? Token.Kind.OTHER : Token.Kind.PUNCT;
            }
            String surface = text.substring(start, i);
            String norm = ArabicNormalizer.normalize(surface);
            List<String> stems = kind == Token.Kind.WORD ? Clitics.stems(norm, endsWithTaMarbuta(surface)) : List.of(norm);
            out.add(new Token(firstIndex + out.size(), start, i, surface, norm, stems, kind));
        }
        return out;
    }

    private static boolean endsWithTaMarbuta(String surface) {
        for (int k = surface.length() - 1; k >= 0; k--) {
            char c = surface.charAt(k);
            if (ArabicNormalizer.isDiacritic(c) || c == '\u0640') continue;
            return c == 'ة';
        }
        return false;
    }
}
