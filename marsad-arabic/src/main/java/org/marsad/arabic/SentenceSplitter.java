package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries: after . ! ? ؟ (not a dot between digits) and at line breaks, which
 * also end paragraphs. Very long sentences with no punctuation are cut at a bounded length
 * so that later stages stay linear.
 */
public final class SentenceSplitter {
    /** Upper bound on a sentence, in characters. */
    static final int MAX_SENTENCE = 2000;

    public record Bounds(int start, int end, int paragraph) {}

    public List<Bounds> split(String text) {
        List<Bounds> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || c == '\r' || c == '\u2029';
            boolean stop = c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
            if (c == '.' && i > 0 && i + 1 < n && ArabicNormalizer.isDigit(text.charAt(i - 1)) && ArabicNormalizer.isDigit(text.charAt(i + 1))) {
                stop = false;
            }
            if (stop || newline) {
                int end = i + 1;
                while (end < n && isStopOrQuote(text.charAt(end))) end++;
                add(out, text, start, end, paragraph);
                if (newline || (end < n && (text.charAt(end) == '\n' || text.charAt(end) == '\r'))) {
                    // count a paragraph break once for a run of line breaks
                    while (end < n && (text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.charAt(end) == '\u2029')) end++;
                    if (hasContent(text, start, end)) paragraph++;
                }
                start = end;
                i = end;
                continue;
            }
            if (i - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                add(out, text, start, i, paragraph);
                start = i;
            }
            i++;
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    private static boolean isStopOrQuote(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '"' || c == '»' || c == '”' || c == ')' || c == '…';
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isWhitespace(text.charAt(k))) return true;
        return false;
    }

    private static void add(List<Bounds> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Bounds(start, end, paragraph));
    }
}
