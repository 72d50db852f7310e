package org.marsad.engine.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tsv;

/** The trigger lexicon (triggers.tsv), with verb entries expanded to their inflected forms. */
public final class TriggerLexicon {
    private static final String[] PERFECT_SUFFIXES = {"", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"};
    private static final String[] IMPERFECT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] IMPERFECT_SUFFIXES = {"", "ون", "ان", "ين", "ن", "وا"};

    private final PhraseIndex<Trigger> index = new PhraseIndex<>();
    /** Verb forms that begin with the letters of the article ("التمس"، "التقى"), as the index keys them. */
    private final Set<String> verbsWithAl = new java.util.HashSet<>();
    /** The bare perfect of each verb ("قتل"), which is also the verbal noun of many. */
    private final Set<String> barePerfects = new java.util.HashSet<>();

    public TriggerLexicon() {
        this(Tsv.resource(TriggerLexicon.class, "/org/marsad/engine/triggers.tsv"));
    }

    public TriggerLexicon(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String kind = row.col(0);
            Trigger t = new Trigger(row.col(2), dash(row.col(3)), dash(row.col(4)), flags(row.col(5)), row.line(), kind.equals("N"));
            if (t.event().isEmpty()) throw new IllegalArgumentException("triggers.tsv line " + row.line() + ": no event type");
            if (kind.equals("V")) barePerfects.add(barePerfect(row.col(1)));
            for (String form : forms(kind, row.col(1), row.line())) {
                index.add(form, t);
                String first = PhraseIndex.split(form)[0];
                if (kind.equals("V") && !PhraseIndex.bare(first).equals(first)) verbsWithAl.add(PhraseIndex.bare(first));
            }
        }
    }

    /**
     * A verb never carries the preposition ب: "باحث" (a researcher) is not ب + "احث" (I urge), "بيتهم"
     * (their house) not ب + "يتهم" (accuses), "بحثوا" (they discussed) not ب + "حثوا" (they urged). The
     * bare perfect is also the verbal noun of many verbs and keeps it ("بقتل"، "بمنع"، "برفض").
     * {@code word}: the trigger's first word without its conjunction.
     */
    public boolean verbWithPrepositionBa(PhraseIndex.Match<Trigger> m, String word) {
        String stem = m.matchedStem();
        return !m.value().noun() && stem != null && !barePerfects.contains(stem) && word.equals("ب" + stem);
    }

    /**
     * The index keys words without their article, and so a verb that begins with the same letters
     * ("التمس" requested) without them: "تمس" (touches) is not that verb. {@code word}: the trigger's
     * first word without its conjunction.
     */
    public boolean verbWithoutItsAl(PhraseIndex.Match<Trigger> m, String word) {
        String stem = m.matchedStem();
        return !m.value().noun() && stem != null && verbsWithAl.contains(PhraseIndex.bare(stem)) && !word.startsWith("ال");
    }

    /** The normalised first word of a verb entry's perfect ("قتل" of "قتل|قتل"). */
    private static String barePerfect(String spec) {
        return ArabicNormalizer.normalize(spec.split("\\|")[0].trim().split("\\s+")[0]);
    }

    public PhraseIndex<Trigger> index() { return index; }

    /** The phrases an entry stands for: verbs inflected, nouns as listed. */
    static List<String> forms(String kind, String spec, int line) {
        Set<String> out = new LinkedHashSet<>();
        if (kind.equals("N")) {
            for (String f : spec.split(",")) if (!f.isBlank()) out.add(f.trim());
        } else if (kind.equals("V")) {
            String[] parts = spec.split("\\|");
            if (parts.length != 2) throw new IllegalArgumentException("triggers.tsv line " + line + ": a verb needs perfect|imperfect-stem");
            String[] perfect = parts[0].trim().split("\\s+");
            String[] imperfect = parts[1].trim().split("\\s+");
            String perfectTail = tail(perfect);
            String imperfectTail = tail(imperfect);
            String p = ArabicNormalizer.normalize(perfect[0]);
            String stem = ArabicNormalizer.normalize(imperfect[0]);
            for (String s : PERFECT_SUFFIXES) {
                String w = p.endsWith("ي") && !s.isEmpty() ? p.substring(0, p.length() - 1) + s : p + s;
                out.add(w + perfectTail);
                if (p.endsWith("ي") && !s.isEmpty()) out.add(p + s + perfectTail);
            }
            // "-": the imperfect is another use of the verb ("تستهدف" aims at), only the perfect reports the act
            if (!parts[1].trim().equals("-")) {
                for (String pre : IMPERFECT_PREFIXES) {
                    for (String s : IMPERFECT_SUFFIXES) out.add(pre + stem + s + imperfectTail);
                }
            }
        } else {
            throw new IllegalArgumentException("triggers.tsv line " + line + ": kind must be V or N, not '" + kind + "'");
        }
        return new ArrayList<>(out);
    }

    private static String tail(String[] words) {
        return words.length == 1 ? "" : " " + String.join(" ", Arrays.copyOfRange(words, 1, words.length));
    }

    private static String dash(String s) { return s.isEmpty() || s.equals("-") ? null : s; }

    private static Set<String> flags(String s) {
        if (s.isBlank()) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String f : s.split(",")) if (!f.isBlank()) out.add(f.trim());
        return Set.copyOf(out);
    }
}
