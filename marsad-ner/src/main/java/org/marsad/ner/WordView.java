package org.marsad.ner;

import java.util.List;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;

/**
 * What the recogniser sees of one token: its normalised form, its clitic-stripped stems, its
 * core (the word without a leading conjunction, preposition and article, the form names are
 * listed under), a coarse shape, and the gazetteer lists that know it.
 */
final class WordView {
    private static final String[] ARTICLE_PREFIXES = {"وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال"};

    final String norm;
    final List<String> stems;
    final String core;
    final boolean article;
    final char shape;
    final String lists;
    /** The word's classes learned from unlabelled text, or null for a word too rare to have one. */
    final WordClusters.Classes classes;
    /**
     * The kinds of name-introducing context the word's core (else its first stem that has some)
     * follows in unlabelled news ({@link WordContexts}).
     */
    final String[] contexts;
    /** The word's row in {@link WordVectors}, or -1 for a word too rare to have a vector. */
    final int vector;

    /** Views of the words met so far, for the shared gazetteer: a word's view never changes. */
    private static final java.util.concurrent.ConcurrentHashMap<String, WordView> SEEN = new java.util.concurrent.ConcurrentHashMap<>();
    /** Words kept before the table is emptied, so that a long run holds bounded memory. */
    private static final int MAX_SEEN = 100_000;

    /** The view of a token; made once per word with the shared gazetteer (viewing is a fifth of tagging). */
    static WordView of(String surface, Gazetteer gazetteer) {
        if (gazetteer != Gazetteer.shared()) return new WordView(surface, gazetteer);
        WordView v = SEEN.get(surface);
        if (v != null) return v;
        if (SEEN.size() >= MAX_SEEN) SEEN.clear();
        v = new WordView(surface, gazetteer);
        SEEN.putIfAbsent(surface, v);
        return v;
    }

    /** The views of the tokens of a sentence. */
    static WordView[] ofAll(String[] tokens, Gazetteer gazetteer) {
        WordView[] out = new WordView[tokens.length];
        for (int i = 0; i < tokens.length; i++) out[i] = of(tokens[i], gazetteer);
        return out;
    }

    WordView(String surface, Gazetteer gazetteer) {
        norm = ArabicNormalizer.normalize(surface);
        shape = shape(norm);
        stems = shape == 'A' ? Clitics.stems(norm) : List.of(norm);
        int cut = shape == 'A' ? articleLength(norm) : 0;
        core = norm.substring(cut);
        article = cut > 0;
        lists = listsOf(gazetteer);
        String key = shape == 'D' ? "<D>" : shape == 'L' ? "<L>" : core;
        classes = WordClusters.shared().of(key);
        vector = vectorRow(key);
        contexts = shape == 'A' ? contextsOf() : WordContexts.NONE;
    }

    /**
     * The vector of the core or, for a core too rare to have one, of its first clitic-stripped stem
     * that has one (a name with a pronoun or preposition attached). Word classes do not back off so:
     * "no class" is itself a cue for names, a vector with nothing to say is not.
     */
    private int vectorRow(String key) {
        int r = WordVectors.shared().row(key);
        if (r >= 0 || shape != 'A') return r;
        for (String s : stems) {
            r = WordVectors.shared().row(coreOf(s));
            if (r >= 0) return r;
        }
        return -1;
    }

    /**
     * The context kinds of the core or, for a core that has none, of its first clitic-stripped stem
     * that has some ("وليون" takes those of "ليون"), as for the word vectors.
     */
    private String[] contextsOf() {
        String[] c = WordContexts.shared().of(core);
        if (c.length > 0) return c;
        for (String s : stems) {
            c = WordContexts.shared().of(coreOf(s));
            if (c.length > 0) return c;
        }
        return c;
    }

    /** The features of the word itself, whatever its neighbours (made once, on first use). */
    private volatile String[] own;

    /** The word's own features: form, core, stems, shape, article, length, affixes of the core, lists. */
    String[] ownFeatures() {
        String[] o = own;
        if (o != null) return o;
        List<String> f = new java.util.ArrayList<>(16);
        f.add("w=" + norm);
        f.add("c=" + core);
        for (String s : stems) if (!s.equals(norm) && !s.equals(core)) f.add("s=" + s);
        f.add("sh=" + shape);
        if (article) f.add("art");
        int n = core.length();
        f.add("len=" + Math.min(n, 8));
        if (shape == 'A') {
            for (int k = 1; k <= 4 && k < n; k++) {
                f.add("p" + k + "=" + core.substring(0, k));
                f.add("x" + k + "=" + core.substring(n - k));
            }
            if (norm.length() > core.length()) f.add("pre=" + norm.substring(0, norm.length() - core.length()));
        }
        if (lists != null) f.add("g=" + lists);
        o = f.toArray(new String[0]);
        own = o;
        return o;
    }

    /** Length of the leading conjunction/preposition + article of a normalised Arabic word, 0 when none. */
    static int articleLength(String norm) {
        for (String p : ARTICLE_PREFIXES) {
            if (norm.length() - p.length() >= 2 && norm.startsWith(p)) return p.length();
        }
        return 0;
    }

    /** The core of a normalised word, as {@link #core} (the key of the word-cluster table). */
    static String coreOf(String norm) {
        return shape(norm) == 'A' ? norm.substring(articleLength(norm)) : norm;
    }

    private String listsOf(Gazetteer gazetteer) {
        String l = gazetteer.lists(norm);
        if (l != null) return l;
        for (String s : stems) {
            l = gazetteer.lists(s);
            if (l != null) return l;
        }
        return gazetteer.lists(core);
    }

    /** A arabic, L latin, D digits, P punctuation, M mixed. */
    static char shape(String s) {
        if (s.isEmpty()) return 'P';
        boolean arabic = false, latin = false, digit = false, other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicNormalizer.isArabicWordChar(c)) arabic = true;
            else if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) latin = true;
            else other = true;
        }
        int kinds = (arabic ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0);
        if (kinds == 0) return 'P';
        if (kinds > 1) return 'M';
        return arabic ? 'A' : latin ? 'L' : 'D';
    }
}
