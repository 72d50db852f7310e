package org.marsad.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.Token;

/**
 * A dictionary of multi-word phrases matched over tokens. Phrases are normalised; the first
 * word is matched against a token's clitic-stripped stems (so "وبالشرطة" finds "شرطة"), later
 * words against the token's form with or without the article. The longest phrase wins.
 *
 * @param <V> what a phrase maps to (a KB entry, a trigger, a month ...)
 */
public final class PhraseIndex<V> {
    public record Entry<V>(String[] words, V value) {}

    public record Match<V>(int firstToken, int endToken, V value, String matchedStem) {}

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private int maxWords = 1;
    private int size;

    /** Adds a phrase (any spelling; it is normalised here). Blank phrases are ignored. */
    public void add(String phrase, V value) {
        String[] words = split(phrase);
        if (words.length == 0) return;
        words[0] = bare(words[0]);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(1)).add(new Entry<>(words, value));
        maxWords = Math.max(maxWords, words.length);
        size++;
    }

    public int size() { return size; }

    public static String[] split(String phrase) {
        String norm = ArabicNormalizer.normalize(phrase.trim());
        if (norm.isEmpty()) return new String[0];
        return norm.split("[\\s\\-]+");
    }

    /** The word without a leading article, for comparing words inside a phrase. */
    public static String bare(String w) {
        if (w.length() > 4 && w.startsWith("ال")) return w.substring(2); // "ألين" is a name, not the article and "ين"
        return w;
    }

    /**
     * All entries whose phrase starts at token {@code i} and ends before {@code limit}, longest
     * first. Several values may share one phrase.
     */
    public List<Match<V>> matchesAt(List<Token> tokens, int i, int limit) {
        Token first = tokens.get(i);
        if (!first.isWord() && first.kind() != Token.Kind.LATIN && first.kind() != Token.Kind.NUMBER) return List.of();
        List<Match<V>> out = null;
        for (String stem : first.stems()) {
            List<Entry<V>> entries = byFirstWord.get(bare(stem));
            if (entries == null) continue;
            for (Entry<V> e : entries) {
                int end = follow(tokens, i, limit, e.words);
                if (end > 0) {
                    if (out == null) out = new ArrayList<>(2);
                    out.add(new Match<>(i, end, e.value, stem));
                }
            }
            if (out != null) break;
        }
        if (out == null) return List.of();
        out.sort((a, b) -> Integer.compare(b.endToken - b.firstToken, a.endToken - a.firstToken));
        return out;
    }

    /** The longest match at {@code i}, or null. */
    public Match<V> longestAt(List<Token> tokens, int i, int limit) {
        List<Match<V>> m = matchesAt(tokens, i, limit);
        return m.isEmpty() ? null : m.get(0);
    }

    private static int follow(List<Token> tokens, int i, int limit, String[] words) {
        int t = i + 1;
        for (int w = 1; w < words.length; w++) {
            while (t < limit && tokens.get(t).kind() == Token.Kind.PUNCT && isJoiner(tokens.get(t).surface())) t++;
            if (t >= limit) return -1;
            Token tok = tokens.get(t);
            if (!sameWord(tok.norm(), words[w])) return -1;
            t++;
        }
        return t;
    }

    private static boolean isJoiner(String s) {
        return s.equals("-") || s.equals("/") || s.equals("ـ");
    }

    private static boolean sameWord(String tokenNorm, String word) {
        if (tokenNorm.equals(word)) return true;
        return bare(tokenNorm).equals(bare(word));
    }

    /** Scans a token range left to right, taking the longest match at each position. */
    public List<Match<V>> scan(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            List<Match<V>> m = matchesAt(tokens, i, to);
            if (m.isEmpty()) { i++; continue; }
            int end = m.get(0).endToken();
            for (Match<V> x : m) if (x.endToken() == end) out.add(x);
            i = end;
        }
        return out;
    }

    public int maxWords() { return maxWords; }
}
