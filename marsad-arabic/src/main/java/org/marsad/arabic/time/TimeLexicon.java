package org.marsad.arabic.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tsv;
import org.marsad.core.Token;

/** Month, weekday and relative-time vocabulary, loaded once from the bundled TSV files. Immutable. */
public final class TimeLexicon {
    public record Month(boolean hijri, int number) {}

    /** A relative expression: its unit, its offset, and its first word as written (with any article). */
    public record Relative(String unit, int offset, String firstWord) {}

    /** A unit of time: its length in days (0 for hours) and the count a dual form carries (0 when none). */
    public record Unit(int days, int count) {}

    private static volatile TimeLexicon shared;

    final PhraseIndex<Month> months = new PhraseIndex<>();
    final PhraseIndex<Relative> relative = new PhraseIndex<>();
    final PhraseIndex<String> markers = new PhraseIndex<>();
    final PhraseIndex<Integer> ordinalDays = new PhraseIndex<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Set<String>> categories = new HashMap<>();

    public static TimeLexicon shared() {
        TimeLexicon s = shared;
        if (s == null) {
            synchronized (TimeLexicon.class) {
                if (shared == null) shared = new TimeLexicon();
                s = shared;
            }
        }
        return s;
    }

    private TimeLexicon() {
        for (String[] r : Tsv.fields(TimeLexicon.class, "months.tsv")) {
            months.add(r[0], new Month(r[1].equals("hijri"), Integer.parseInt(r[2])));
        }
        for (String[] r : Tsv.fields(TimeLexicon.class, "ordinal_days.tsv")) ordinalDays.add(r[0], Integer.parseInt(r[1]));
        for (String[] r : Tsv.fields(TimeLexicon.class, "weekdays.tsv")) weekdays.put(norm(r[0]), Integer.parseInt(r[1]));
        for (String[] r : Tsv.fields(TimeLexicon.class, "relative.tsv")) relative.add(r[0], new Relative(r[1], Integer.parseInt(r[2]), norm(r[0]).split(" ")[0]));
        for (String[] r : Tsv.fields(TimeLexicon.class, "time_words.tsv")) {
            String w = norm(r[0]);
            if (r[1].equals("unit")) units.put(w, new Unit(Integer.parseInt(r[2]), Integer.parseInt(r[3])));
            else if (w.contains(" ")) markers.add(r[0], r[1]);
            else categories.computeIfAbsent(w, k -> new HashSet<>()).add(r[1]);
        }
    }

    static String norm(String s) { return ArabicNormalizer.normalize(s.trim()); }

    /**
     * The ISO day of week of a weekday token. With {@code bareOk} the name may stand without its article
     * (after "يوم"، "مساء" ...); otherwise the token must carry the article ("الخميس"، "والخميس").
     */
    public int weekday(Token t, boolean bareOk) {
        if (!t.isWord()) return 0;
        for (String s : t.stems()) {
            Integer d = weekdays.get(s);
            if (d != null) return d;
            if (bareOk) {
                d = weekdays.get("ال" + s);
                if (d != null && !s.startsWith("ال")) return d;
            }
        }
        return 0;
    }

    /** True when the token (its plain form, or without a leading و) is a word of the category. */
    public boolean is(Token t, String category) {
        if (t.kind() == Token.Kind.PUNCT) {
            Set<String> c = categories.get(t.norm());
            return c != null && c.contains(category);
        }
        if (!t.isWord()) return false;
        Set<String> c = categories.get(t.norm());
        if (c != null && c.contains(category)) return true;
        String n = t.norm();
        if (n.length() > 2 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
            c = categories.get(n.substring(1));
            if (c != null && c.contains(category)) return true;
        }
        return false;
    }

    /** Like {@link #is} but also trying the token's clitic-stripped stems ("وبعد"، "لمدة"). */
    public boolean isStem(Token t, String category) {
        if (is(t, category)) return true;
        if (!t.isWord()) return false;
        for (String s : t.stems()) {
            Set<String> c = categories.get(s);
            if (c != null && c.contains(category)) return true;
        }
        return false;
    }

    /** A multi-word marker of the category starting at i ("على مدى"), as its end token, else -1. */
    public int markerEnd(java.util.List<Token> tokens, int i, int to, String category) {
        for (PhraseIndex.Match<String> m : markers.matchesAt(tokens, i, to)) if (m.value().equals(category)) return m.endToken();
        return -1;
    }

    /** True when a month name starts at token i. */
    public boolean isMonth(java.util.List<Token> tokens, int i, int to) {
        return months.longestAt(tokens, i, to) != null;
    }

    public Unit unit(Token t) {
        if (!t.isWord()) return null;
        for (String s : t.stems()) {
            Unit u = units.get(s);
            if (u != null) return u;
        }
        return null;
    }
}
