package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The context features of every token of one sentence: the word (and its neighbours), its core
 * (clitics and article removed) in a window of two, stems, affixes of the core, shape, whether
 * the article was attached, quotation, membership of the gazetteer lists (single words and
 * multi-word names), and whether the word is new to the model, with that fact crossed with its
 * neighbours (a new word after "the artist" is most likely a name). Not thread-safe: one
 * instance per sentence.
 */
final class TokenFeatures {
    private static final int MAX_PHRASE = 6;
    /** Longest quotation read as one (titles are short; longer ones are quoted speech). */
    private static final int MAX_QUOTE = 8;

    private final Gazetteer gazetteer;
    final WordView[] views;
    private final String[] phraseTags;
    /** Per token: inside a quotation (titles of programmes, works and products are quoted). */
    private final boolean[] quoted;
    /** Per token inside a quotation: the index of its opening mark, else -1. */
    private final int[] quoteOpen;

    /** Per token: an Arabic word whose core is not among the common words of the training text. */
    private final boolean[] rare;

    /**
     * @param common cores seen at least twice in the training text: a word outside them is new
     *               to the model, and new words in a name's context are most often names
     */
    TokenFeatures(String[] tokens, Gazetteer gazetteer, java.util.Set<String> common) {
        this.gazetteer = gazetteer;
        views = WordView.ofAll(tokens, gazetteer);
        phraseTags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) markPhrases(i);
        quoteOpen = quoteOpenings(tokens);
        quoted = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) quoted[i] = quoteOpen[i] >= 0;
        rare = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) rare[i] = views[i].shape == 'A' && !common.isEmpty() && !common.contains(views[i].core);
    }

    /** The index of the opening mark of the quotation token i is in, or -1 when it is in none. */
    int quoteOpening(int i) { return quoteOpen[i]; }

    /** The index of the closing mark of the quotation opened at {@code open} (the first token after its words). */
    int quotationEnd(int open) {
        int close = open + 1;
        while (close < quoteOpen.length && quoteOpen[close] == open) close++;
        return close;
    }

    /**
     * Per token inside a quotation: the index of the opening mark; -1 outside. A quotation is closed
     * by its own mark within {@link #MAX_QUOTE} tokens, else it is not one (a stray mark).
     */
    private static int[] quoteOpenings(String[] tokens) {
        int[] out = new int[tokens.length];
        java.util.Arrays.fill(out, -1);
        for (int i = 0; i < tokens.length; i++) {
            String close = closingMark(tokens[i]);
            if (close == null) continue;
            for (int j = i + 1; j < tokens.length && j - i <= MAX_QUOTE + 1; j++) {
                if (tokens[j].equals(close)) {
                    for (int k = i + 1; k < j; k++) out[k] = i;
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    private static String closingMark(String t) {
        return switch (t) {
            case "«" -> "»";
            case "\"" -> "\"";
            case "“" -> "”";
            default -> null;
        };
    }

    /** Marks the longest listed multi-word name starting at token i (its first word may carry clitics). */
    private void markPhrases(int i) {
        int best = 0;
        String bestList = null;
        for (String first : firstForms(views[i])) {
            for (Gazetteer.Phrase p : gazetteer.phrasesStartingWith(first)) {
                int n = p.words().length;
                if (n <= best || n > MAX_PHRASE || i + n > views.length) continue;
                boolean match = true;
                for (int k = 1; k < n && match; k++) match = views[i + k].norm.equals(p.words()[k]);
                if (match) {
                    best = n;
                    bestList = p.list();
                }
            }
        }
        if (best == 0) return;
        if (phraseTags[i] == null) phraseTags[i] = bestList + "-B";
        for (int k = 1; k < best; k++) if (phraseTags[i + k] == null) phraseTags[i + k] = bestList + "-I";
    }

    private static List<String> firstForms(WordView v) {
        List<String> out = new ArrayList<>(v.stems);
        if (!out.contains(v.core)) out.add(v.core);
        return out;
    }

    /** The word classes of the token and its neighbours; "none" marks a word too rare to have one. */
    private void clusterFeatures(List<String> f, int i) {
        WordClusters.Classes k = views[i].classes;
        if (k == null) {
            f.add("k=none");
        } else {
            f.add("k1=" + k.coarse());
            f.add("k2=" + k.mid());
            f.add("k3=" + k.fine());
            f.add("k4=" + k.finer());
            if (views[i].shape == 'A') f.add("ar=" + k.article());
            if (rare[i]) {
                f.add("rare,k3=" + k.fine());
                f.add("rare,k4=" + k.finer());
                f.add("rare,ar=" + k.article());
            }
        }
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (d == 0 || j < 0 || j >= views.length) continue;
            WordClusters.Classes u = views[j].classes;
            String v = u == null ? "none" : Math.abs(d) == 1 ? u.fine() : u.mid();
            f.add("k" + d + "=" + v);
            if (Math.abs(d) == 1 && u != null) f.add("k2" + d + "=" + u.mid());
        }
    }

    /**
     * Where the token sits in its quotation, how long the quotation is, and the word before the
     * opening mark ("programme", "film", "titled"): a short quotation after such a word is a title.
     */
    private void quoteFeatures(List<String> f, int i) {
        int open = quoteOpen[i];
        int close = quotationEnd(open);
        int len = close - open - 1;
        String pos = i == open + 1 ? (len == 1 ? "only" : "first") : i == close - 1 ? "last" : "in";
        String lenBand = len <= 3 ? Integer.toString(len) : len <= 5 ? "4-5" : "6+";
        f.add("q=" + pos);
        f.add("q=" + pos + ",len=" + lenBand);
        if (open > 0) {
            WordView before = views[open - 1];
            f.add("q,pre=" + before.core);
            f.add("q=" + pos + ",pre=" + before.core);
            if (before.classes != null) f.add("q,prek=" + before.classes.fine());
        } else {
            f.add("q,pre=<s>");
        }
    }

    /**
     * The kinds of context the word follows in unlabelled news, alone and with the article flag
     * (a club is written with the article, a player's name without). The neighbours' kinds were
     * measured too and scored lower.
     */
    private void contextFeatures(List<String> f, int i) {
        WordView v = views[i];
        for (String k : v.contexts) {
            f.add("tc=" + k);
            f.add(v.article ? "tc,art=" + k : "tc,bare=" + k);
        }
    }

    String[] features(int i) {
        List<String> f = new ArrayList<>(48);
        WordView v = views[i];
        java.util.Collections.addAll(f, v.ownFeatures());
        int n = v.core.length();
        if (phraseTags[i] != null) f.add("gm=" + phraseTags[i]);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            if (j < 0) { f.add("w" + d + "=<s>"); continue; }
            if (j >= views.length) { f.add("w" + d + "=</s>"); continue; }
            WordView u = views[j];
            if (Math.abs(d) == 1) {
                f.add("w" + d + "=" + u.norm);
                f.add("c" + d + "=" + u.core);
                f.add("sh" + d + "=" + u.shape);
                if (u.article) f.add("art" + d);
                if (u.lists != null) f.add("g" + d + "=" + u.lists);
                if (phraseTags[j] != null) f.add("gm" + d + "=" + phraseTags[j]);
            }
        }
        if (quoted[i]) quoteFeatures(f, i);
        for (int d = -2; d <= 2; d += 4) {
            int j = i + d;
            if (j >= 0 && j < views.length) f.add("c" + d + "=" + views[j].core);
        }
        for (int d = -1; d <= 1; d += 2) {
            int j = i + d;
            if (j >= 0 && j < views.length && views[j].core.length() > 2) {
                String c = views[j].core;
                f.add("x2" + d + "=" + c.substring(c.length() - 2));
            }
        }
        if (rare[i]) {
            f.add("rare");
            f.add("rare,c-1=" + (i > 0 ? views[i - 1].core : "<s>"));
            f.add("rare,c+1=" + (i + 1 < views.length ? views[i + 1].core : "</s>"));
            if (i > 0) f.add("rare,rare-1=" + rare[i - 1]);
            if (i + 1 < views.length) f.add("rare,rare+1=" + rare[i + 1]);
            if (n > 2) f.add("rare,x2=" + v.core.substring(n - 2));
            if (v.article) f.add("rare,art");
        }
        clusterFeatures(f, i);
        contextFeatures(f, i);
        if (i > 0 && rare[i - 1]) f.add("rare-1");
        if (i + 1 < views.length && rare[i + 1]) f.add("rare+1");
        return f.toArray(new String[0]);
    }
}
