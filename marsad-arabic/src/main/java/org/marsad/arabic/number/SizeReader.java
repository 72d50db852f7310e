package org.marsad.arabic.number;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.BitSet;
import org.marsad.arabic.Tokenizer;
import org.marsad.arabic.time.DateReader;
import org.marsad.arabic.time.TimeExpression;
import org.marsad.arabic.time.TimeLexicon;
import org.marsad.core.Document;
import org.marsad.core.Quantity;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.Size;

/**
 * Reads the counts of an event from a sentence or clause: each number goes to the role named by the
 * noun after it ("15 جريحا"، "قتيلان"), else by the casualty verb or verbal noun just before it
 * ("قُتل 5"، "مقتل 3 أشخاص"), else by a verb just after its noun ("شابين قتلا"); a number joined by
 * "و" to a counted one adds to the same role ("22 طفلا وأربع نساء"). Vague quantities give only
 * participants; bounds are listed in {@code approximate}; ages, years, percentages, money, times and
 * other measures are not counts. Stateless and thread-safe.
 */
public final class SizeReader {
    enum Role { DEAD, INJURED, ARRESTED, PARTICIPANTS }

    /** How far (in tokens) a casualty verb may stand before the number it governs. */
    private static final int LEFT_WINDOW = 5;
    /** How far after the number (and its noun) a verb may stand. */
    private static final int RIGHT_WINDOW = 2;

    /** Any date will do: time expressions are only located here, not valued. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    private final NumberReader numbers;
    private final NumberLexicon lex;
    private final DateReader dates;

    public SizeReader() { this(new NumberReader()); }

    public SizeReader(NumberReader numbers) {
        this.numbers = numbers;
        this.lex = numbers.lexicon();
        this.dates = new DateReader(TimeLexicon.shared(), numbers);
    }

    public Size read(Document doc, Sentence sentence) {
        return read(doc.tokens(), sentence.firstToken(), sentence.endToken());
    }

    /** Counts in a clause given as a token range of the document. */
    public Size read(Document doc, int firstToken, int endToken) {
        return read(doc.tokens(), firstToken, endToken);
    }

    /** Convenience for tests and tools: the counts of a plain sentence. */
    public Size read(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), 0);
        return read(tokens, 0, tokens.size());
    }

    /** The counts of one role: chains of counts joined by "و" are summed; each chain remembers where it starts. */
    private static final class Tally {
        record Chain(long sum, boolean approx, int token) {}

        final List<Chain> chains = new ArrayList<>();
        long chainSum;
        boolean chainApprox;
        int chainToken = -1;

        void start(long v, boolean a, int token) { close(); chainSum = v; chainApprox = a; chainToken = token; }

        void add(long v, boolean a) { chainSum += v; chainApprox |= a; }

        void close() {
            if (chainToken >= 0 && chainSum > 0) chains.add(new Chain(chainSum, chainApprox, chainToken));
            chainSum = 0;
            chainApprox = false;
            chainToken = -1;
        }

        /**
         * Without a trigger the first statement of a count wins (a later total, "ما يرفع الحصيلة إلى", counts
         * more than this event); with one, the count nearest the trigger.
         */
        Chain pick(int trigger) {
            Chain best = null;
            for (Chain c : chains) {
                if (best == null) best = c;
                else if (trigger >= 0 && Math.abs(c.token() - trigger) < Math.abs(best.token() - trigger)) best = c;
            }
            return best;
        }
    }

    /** Counts of the sentence nearest an event's trigger token: for sentences that report several events. */
    public Size readNear(Document doc, Sentence sentence, int triggerToken) {
        return read(doc.tokens(), sentence.firstToken(), sentence.endToken(), triggerToken);
    }

    public Size read(List<Token> tokens, int from, int to) {
        return read(tokens, from, to, -1);
    }

    private Size read(List<Token> tokens, int from, int to, int trigger) {
        Map<Role, Tally> tallies = new EnumMap<>(Role.class);
        BitSet time = timeTokens(tokens, from, to);
        Role lastRole = null;
        int lastEnd = -1;
        for (NumberReader.NumberMatch m : numbers.read(tokens, from, to)) {
            Quantity q = m.quantity();
            int nounAt = m.endToken();
            if (q.noun() == null && (time.get(m.valueToken()) || isNotACount(tokens, m, from, to))
                    || q.noun() != null && isSubset(tokens, m.valueToken(), from)) { lastRole = null; continue; }
            // "3 من المتظاهرين": the counted noun after "من"
            if (nounAt < to && tokens.get(nounAt).norm().equals("من") && nounAt + 1 < to) nounAt++;
            NumberLexicon.Casualty noun = q.noun() != null ? dualRole(tokens.get(m.valueToken()))
                    : nounAt < to ? lex.casualty(tokens.get(nounAt), "noun") : null;
            Role role = strong(noun);
            if (role == null) role = leftCue(tokens, m.firstToken(), from, lastEnd, time);
            boolean chained = false;
            if (role == null && lastRole != null && joinedTo(tokens, lastEnd, m.firstToken())) { role = lastRole; chained = true; }
            if (role == null && lastRole != null && contrastedWith(tokens, lastEnd, m.firstToken())) role = lastRole;
            if (role == null) role = rightCue(tokens, noun != null || q.noun() != null ? nounAt + (q.noun() != null ? 0 : 1) : m.endToken(), to);
            if (role == null && noun != null && noun.role().equals("participants")) role = Role.PARTICIPANTS;
            // "شارك في 47 مباراة": a crowd verb counts people only
            if (role == Role.PARTICIPANTS && noun == null && !q.vague()) role = null;
            lastEnd = m.endToken() + (noun != null && q.noun() == null && nounAt == m.endToken() ? 1 : 0);
            lastRole = role;
            if (role == null) continue;
            if (q.vague() && role != Role.PARTICIPANTS) continue;
            if (q.value() <= 0 || q.value() > 10_000_000) continue;
            Tally tally = tallies.computeIfAbsent(role, r -> new Tally());
            boolean approx = q.bound() || q.vague();
            if (chained) tally.add(q.value(), approx);
            else tally.start(q.value(), approx, m.firstToken());
        }
        singles(tokens, from, to, time, tallies);
        Integer[] v = new Integer[4];
        List<String> approximate = new ArrayList<>();
        for (Role r : Role.values()) {
            Tally t = tallies.get(r);
            if (t == null) continue;
            t.close();
            Tally.Chain c = t.pick(trigger);
            if (c == null) continue;
            v[r.ordinal()] = (int) c.sum();
            if (c.approx()) approximate.add(r.name().toLowerCase());
        }
        return new Size(v[0], v[1], v[2], v[3], approximate);
    }

    /** Tokens inside time expressions ("في 25 شباط/فبراير"، "منذ شهر"): not counts, and transparent to cues. */
    private BitSet timeTokens(List<Token> tokens, int from, int to) {
        BitSet b = new BitSet();
        for (TimeExpression e : dates.read(tokens, from, to, ANY_DAY)) b.set(e.firstToken(), e.endToken());
        return b;
    }

    /** "قُتل جندي"، "مقتل شاب": a casualty cue before a singular noun counts one, when no number gave that role. */
    private void singles(List<Token> tokens, int from, int to, BitSet time, Map<Role, Tally> tallies) {
        for (int k = from; k + 1 < to; k++) {
            NumberLexicon.Casualty c = lex.casualty(tokens.get(k), "cue");
            if (c == null) continue;
            Role r = strong(c);
            if (r == null || tallies.containsKey(r)) continue;
            int j = k + 1;
            while (j < to && time.get(j)) j++;
            if (j >= to || lex.casualty(tokens.get(j), "single") == null) continue;
            // "مقتل جندي و3 مدنيين" or "مقتل عنصر اثنين": a number nearby decides instead
            if (j + 1 < to && numbers.readAt(tokens, j + 1, to) != null) continue;
            Tally t = new Tally();
            t.start(1, false, k);
            tallies.put(r, t);
        }
    }

    private NumberLexicon.Casualty dualRole(Token t) {
        return lex.casualty(t, "dual");
    }

    private static Role strong(NumberLexicon.Casualty c) {
        if (c == null) return null;
        return switch (c.role()) {
            case "dead" -> Role.DEAD;
            case "injured" -> Role.INJURED;
            case "arrested" -> Role.ARRESTED;
            default -> null;
        };
    }

    private static Role roleOf(String r) {
        return switch (r) {
            case "dead" -> Role.DEAD;
            case "injured" -> Role.INJURED;
            case "arrested" -> Role.ARRESTED;
            case "participants" -> Role.PARTICIPANTS;
            default -> null;
        };
    }

    /** The role of the nearest casualty verb or noun before the number, not reaching past the previous number. */
    private Role leftCue(List<Token> tokens, int at, int from, int lastEnd, BitSet time) {
        for (int k = at - 1, seen = 0; k >= from && k >= lastEnd && seen < LEFT_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.isPunct() && (t.surface().equals(".") || t.surface().equals("؛") || t.surface().equals(":"))) return null;
            if (time.get(k)) continue;
            if (!t.isPunct()) seen++;
            NumberLexicon.Casualty c = lex.casualty(t, "cue");
            if (c == null) {
                c = lex.casualty(t, "noun"); // "عدد القتلى 30"; but not "أنصار ... 4 ضباط"
                if (c != null && (c.role().equals("person") || c.role().equals("participants"))) c = null;
            }
            if (c != null && !c.role().equals("person")) return roleOf(c.role());
        }
        return null;
    }

    /** The role of a casualty verb right after the number and its noun ("شابين قتلا"، "5 أشخاص لقوا حتفهم"). */
    private Role rightCue(List<Token> tokens, int after, int to) {
        // "28 شخصا على الأقل لقوا حتفهم": step over a bound written after the noun
        if (after < to) {
            var b = lex.bounds.longestAt(tokens, after, to);
            if (b != null && b.value().equals("after")) after = b.endToken();
        }
        for (int k = after; k < to && k < after + RIGHT_WINDOW; k++) {
            NumberLexicon.Casualty c = lex.casualty(tokens.get(k), "cue");
            if (c != null && !c.role().equals("participants")) return roleOf(c.role());
        }
        return null;
    }

    /** True when only "و" (or a comma, or "على الأقل") separates the previous counted phrase from this number. */
    private boolean joinedTo(List<Token> tokens, int lastEnd, int at) {
        if (lastEnd < 0 || at < lastEnd) return false;
        if (at == lastEnd) return tokens.get(at).isWord() && tokens.get(at).norm().startsWith("و");
        for (int k = lastEnd; k < at; k++) if (!"and".equals(lex.joiner(tokens.get(k)))) return false;
        return true;
    }

    /** "60 عنصرا ... مقابل 34 مقاتلا": a count set against the previous one has the same role, on its own. */
    private boolean contrastedWith(List<Token> tokens, int lastEnd, int at) {
        for (int k = Math.max(lastEnd, at - 6); k < at; k++) if ("contrast".equals(lex.joiner(tokens.get(k)))) return true;
        return false;
    }

    /** "بينهم طفلان": a part of a count already given. */
    private boolean isSubset(List<Token> tokens, int v, int from) {
        return v > from && lex.isNonCountBefore(tokens.get(v - 1)) && tokens.get(v - 1).norm().contains("من")
                || v > from && tokens.get(v - 1).norm().startsWith("بين");
    }

    /** Ages, years, percentages, money, measures, times, dates, ranks and ids are not counts of people. */
    private boolean isNotACount(List<Token> tokens, NumberReader.NumberMatch m, int from, int to) {
        int v = m.valueToken();
        int e = m.endToken();
        if (lex.isNonCountAfter(tokens, e, to)) return true;
        // "ما بين 18 و21 عاما": the first end of a range of ages or measures
        if (e + 2 < to && (tokens.get(e).norm().equals("و") || tokens.get(e).surface().equals("-") || tokens.get(e).norm().equals("الي"))
                && tokens.get(e + 1).kind() == Token.Kind.NUMBER && lex.isNonCountAfter(tokens, e + 2, to)) return true;
        if (v > from && lex.isNonCountBefore(tokens.get(v - 1))) return true;
        if (v > from + 1 && tokens.get(v - 1).norm().equals("من") && lex.isNonCountBefore(tokens.get(v - 2))) return true;
        Token first = tokens.get(v);
        if (first.kind() == Token.Kind.NUMBER) {
            // digits glued to ":" "/" "-" "." are times, dates, scores and ids
            if (v > from && tokens.get(v - 1).isPunct() && tokens.get(v - 1).end() == first.start()
                    && ":/-".contains(tokens.get(v - 1).surface())) return true;
            if (e < to && tokens.get(e).isPunct() && tokens.get(e).start() == tokens.get(e - 1).end()
                    && ":/-".contains(tokens.get(e).surface())) return true;
            long val = m.quantity().value();
            boolean noun = e < to && (lex.casualty(tokens.get(e), "noun") != null);
            if (val >= 1900 && val <= 2100 && !noun) return true;
        }
        // "16 يوليو": a day of a month
        if (e < to && TimeLexicon.shared().isMonth(tokens, e, to)) return true;
        return false;
    }
}
