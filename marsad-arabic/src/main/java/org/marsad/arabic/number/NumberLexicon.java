package org.marsad.arabic.number;

import org.marsad.arabic.Tsv;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Token;

/** The number and casualty vocabulary, loaded once from the bundled TSV files. Immutable. */
public final class NumberLexicon {
    /** A number word: its value and how it combines (unit, teen, teenunit, ten, hundred, scale, plural, fraction). */
    public record Word(long value, String kind) {}

    /** A casualty word: its role (dead, injured, arrested, participants, person) and kind (noun, dual, cue). */
    public record Casualty(String role, String kind) {}

    private static volatile NumberLexicon shared;

    final Map<String, List<Word>> words = new HashMap<>();
    final PhraseIndex<Long> vague = new PhraseIndex<>();
    final PhraseIndex<String> bounds = new PhraseIndex<>();
    final Map<String, Map<String, Casualty>> casualty = new HashMap<>();
    final Set<String> nonCountAfter = new HashSet<>();
    final PhraseIndex<Boolean> nonCountAfterPhrases = new PhraseIndex<>();
    final Set<String> nonCountBefore = new HashSet<>();
    final Map<String, String> joiners = new HashMap<>();

    public static NumberLexicon shared() {
        NumberLexicon s = shared;
        if (s == null) {
            synchronized (NumberLexicon.class) {
                if (shared == null) shared = new NumberLexicon();
                s = shared;
            }
        }
        return s;
    }

    private NumberLexicon() {
        for (String[] r : Tsv.fields(NumberLexicon.class, "number_words.tsv")) {
            words.computeIfAbsent(norm(r[0]), k -> new java.util.ArrayList<>()).add(new Word(Long.parseLong(r[1]), r[2]));
        }
        for (String[] r : Tsv.fields(NumberLexicon.class, "vague.tsv")) vague.add(r[0], Long.parseLong(r[1]));
        for (String[] r : Tsv.fields(NumberLexicon.class, "bounds.tsv")) bounds.add(r[0], r[1]);
        for (String[] r : Tsv.fields(NumberLexicon.class, "casualty.tsv")) {
            casualty.computeIfAbsent(r[2], k -> new HashMap<>()).put(norm(r[0]), new Casualty(r[1], r[2]));
        }
        for (String[] r : Tsv.fields(NumberLexicon.class, "joiners.tsv")) joiners.put(norm(r[0]), r[1]);
        for (String[] r : Tsv.fields(NumberLexicon.class, "noncount.tsv")) {
            if (r[1].equals("before")) nonCountBefore.add(norm(r[0]));
            else if (r[0].contains(" ")) nonCountAfterPhrases.add(r[0], true);
            else nonCountAfter.add(norm(r[0]));
        }
    }

    static String norm(String s) { return ArabicNormalizer.normalize(s.trim()); }

    /** The number word entries for a token (first stem that is one), or an empty list. */
    public List<Word> wordsOf(Token t) {
        if (!t.isWord()) return List.of();
        for (String s : t.stems()) {
            List<Word> w = words.get(s);
            if (w != null) return w;
        }
        return List.of();
    }

    /** Entries of a bare word (no clitic stripping). */
    List<Word> wordsOfForm(String norm) {
        List<Word> w = words.get(norm);
        return w == null ? List.of() : w;
    }

    /** The casualty entry of the given kind for a token, trying its stems in turn; null when none. */
    public Casualty casualty(Token t, String kind) {
        Map<String, Casualty> m = casualty.get(kind);
        if (m == null || !t.isWord()) return null;
        for (String s : t.stems()) {
            Casualty c = m.get(s);
            if (c != null) return c;
        }
        return null;
    }

    /** The stem of a token that is a known casualty word of the given kind, or null. */
    public String casualtyStem(Token t, String kind) {
        Map<String, Casualty> m = casualty.get(kind);
        if (m == null) return null;
        for (String s : t.stems()) if (m.containsKey(s)) return s;
        return null;
    }

    /** The joiner kind of a token between two counts ("and", "contrast"), or null. */
    public String joiner(Token t) { return joiners.get(t.norm()); }

    public boolean isNonCountAfter(List<Token> tokens, int i, int limit) {
        if (i >= limit) return false;
        Token t = tokens.get(i);
        if (t.surface().equals("%") || t.surface().equals("٪")) return true;
        for (String s : t.stems()) if (nonCountAfter.contains(s)) return true;
        return nonCountAfterPhrases.longestAt(tokens, i, limit) != null;
    }

    public boolean isNonCountBefore(Token t) {
        for (String s : t.stems()) if (nonCountBefore.contains(s)) return true;
        return false;
    }
}
