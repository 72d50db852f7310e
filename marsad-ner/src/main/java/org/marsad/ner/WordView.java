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

    WordView(String surface, Gazetteer gazetteer) {
        norm = ArabicNormalizer.normalize(surface);
        shape = shape(norm);
        stems = shape == 'A' ? Clitics.stems(norm) : List.of(norm);
        String c = norm;
        boolean art = false;
        if (shape == 'A') {
            for (String p : ARTICLE_PREFIXES) {
                if (norm.length() - p.length() >= 2 && norm.startsWith(p)) {
                    c = norm.substring(p.length());
                    art = true;
                    break;
                }
            }
        }
        core = c;
        article = art;
        lists = listsOf(gazetteer);
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
