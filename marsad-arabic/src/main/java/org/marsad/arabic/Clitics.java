package org.marsad.arabic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate stems of a normalised Arabic word with clitics removed: the conjunctions و ف,
 * the prepositions ب ل ك, the article ال (and لل), the future marker س, and pronoun
 * suffixes. Candidates are ordered from the whole word to the most stripped; a lexicon
 * look-up takes the first that it knows, so a longer real word wins over a stripped one.
 */
public final class Clitics {
    private static final String[] PROCLITICS = {
        "وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال",
        "وب", "ول", "وك", "فب", "فل", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س"
    };
    private static final String[] ENCLITICS = {"هما", "هم", "هن", "كم", "نا", "ها", "ه"};
    private static final int MIN_STEM = 2;

    private Clitics() {}

    public static List<String> stems(String norm) {
        return stems(norm, false);
    }

    /**
     * Stems of a word; {@code taMarbuta} says the written word ends in ة, whose normalised ه
     * is part of the word, never the pronoun suffix ("وزارة" is not "وزار" + ه).
     */
    public static List<String> stems(String norm, boolean taMarbuta) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm);
        if (norm.length() <= MIN_STEM) return new ArrayList<>(out);
        for (String p : PROCLITICS) {
            if (norm.length() - p.length() >= MIN_STEM && norm.startsWith(p)) {
                String rest = norm.substring(p.length());
                // "لل" stands for ل + ال: the stem keeps no article
                out.add(rest);
            }
        }
        List<String> withoutPrefix = new ArrayList<>(out);
        for (String w : withoutPrefix) {
            for (String e : ENCLITICS) {
                if (taMarbuta && e.endsWith("ه")) continue;
                if (w.length() - e.length() >= 3 && w.endsWith(e)) out.add(w.substring(0, w.length() - e.length()));
            }
        }
        return new ArrayList<>(out);
    }

    /** The word without a leading conjunction و/ف (and nothing else), for phrase matching. */
    public static String withoutConjunction(String norm) {
        if (norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) return norm.substring(1);
        return norm;
    }
}
