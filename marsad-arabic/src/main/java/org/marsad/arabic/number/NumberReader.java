package org.marsad.arabic.number;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tokenizer;
import org.marsad.arabic.time.TimeLexicon;
import org.marsad.core.Quantity;
import org.marsad.core.Token;

/**
 * Reads numbers from tokens: digits (ASCII or Arabic-Indic, with thousands separators), number
 * words and their compounds ("خمسة وعشرين"، "ثلاثمئة"، "مليون ونصف"), duals that carry a count
 * ("قتيلان" → 2), lower bounds ("ما لا يقل عن 12"، "9 أشخاص على الأقل") and vague quantities
 * (عشرات → 10, vague). One left-to-right pass; each position looks ahead a bounded number of tokens.
 * Stateless and thread-safe.
 */
public final class NumberReader {
    /** A number found over tokens [firstToken, endToken); {@code valueToken} is where the number itself starts. */
    public record NumberMatch(int firstToken, int endToken, int valueToken, Quantity quantity) {}

    private final NumberLexicon lex;

    public NumberReader() { this(NumberLexicon.shared()); }

    public NumberReader(NumberLexicon lex) { this.lex = lex; }

    public NumberLexicon lexicon() { return lex; }

    /** Convenience for tests and tools: the numbers in a plain string. */
    public List<NumberMatch> read(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), 0);
        return read(tokens, 0, tokens.size());
    }

    public List<NumberMatch> read(List<Token> tokens, int from, int to) {
        List<NumberMatch> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            NumberMatch m = readAt(tokens, i, to);
            if (m == null) { i++; continue; }
            out.add(m);
            i = Math.max(m.endToken(), i + 1);
        }
        return out;
    }

    /** The number that starts at token {@code i} (with any bound phrase before it), or null. */
    public NumberMatch readAt(List<Token> tokens, int i, int to) {
        PhraseIndex.Match<String> b = lex.bounds.longestAt(tokens, i, to);
        if (b != null && b.value().equals("before") && b.endToken() < to) {
            NumberMatch inner = readBare(tokens, b.endToken(), to);
            if (inner != null) {
                Quantity q = inner.quantity();
                return new NumberMatch(i, inner.endToken(), inner.valueToken(), new Quantity(q.value(), true, q.vague(), q.noun()));
            }
            return null;
        }
        return readBare(tokens, i, to);
    }

    private NumberMatch readBare(List<Token> tokens, int i, int to) {
        NumberMatch m = readValue(tokens, i, to);
        if (m == null) return null;
        // a bound written after the number, or after the number and its counted noun ("9 أشخاص على الأقل")
        for (int k = m.endToken(); k <= m.endToken() + 1 && k < to; k++) {
            PhraseIndex.Match<String> after = lex.bounds.longestAt(tokens, k, to);
            if (after != null && after.value().equals("after")) {
                Quantity q = m.quantity();
                int end = k == m.endToken() ? after.endToken() : m.endToken();
                return new NumberMatch(m.firstToken(), end, m.valueToken(), new Quantity(q.value(), true, q.vague(), q.noun()));
            }
        }
        return m;
    }

    private NumberMatch readValue(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.isWord()) {
            String dual = lex.casualtyStem(t, "dual");
            if (dual != null) return new NumberMatch(i, i + 1, i, new Quantity(2, false, false, dual));
            PhraseIndex.Match<Long> v = lex.vague.longestAt(tokens, i, to);
            if (v != null) return new NumberMatch(i, v.endToken(), i, new Quantity(v.value(), false, true, null));
        }
        return readCardinal(tokens, i, to);
    }

    /** Digits or number words with their compounds; null when token i starts no number. */
    private NumberMatch readCardinal(List<Token> tokens, int i, int to) {
        double total = 0, current = 0;
        long lastScale = 0;
        boolean any = false;
        int j = i;
        String prevKind = null;
        while (j < to) {
            Token t = tokens.get(j);
            if (!any && t.kind() == Token.Kind.NUMBER) {
                Double d = parseDigits(t.norm());
                if (d == null) return null;
                current = d;
                any = true;
                prevKind = "digits";
                j++;
                continue;
            }
            if (!t.isWord()) break;
            boolean conj = false;
            List<NumberLexicon.Word> ws;
            if (!any) {
                if (TimeLexicon.shared().weekday(t, false) != 0) return null; // "الاثنين" is Monday
                ws = lex.wordsOf(t);
                // "بالمئة"، "في المئة": a percent sign, not a hundred
                if (!ws.isEmpty() && ws.get(0).value() == 100 && (t.norm().startsWith("ال") || t.norm().startsWith("بال"))) return null;
            } else {
                ws = lex.wordsOfForm(t.norm());
                if (ws.isEmpty() && t.norm().length() > 1 && t.norm().charAt(0) == 'و') {
                    ws = lex.wordsOfForm(t.norm().substring(1));
                    conj = true;
                }
            }
            if (ws.isEmpty()) break;
            NumberLexicon.Word w = pick(ws, prevKind, conj, any);
            if (w == null) break;
            switch (w.kind()) {
                case "unit", "ten", "hundred" -> {
                    if (any && !conj && w.kind().equals("hundred") && w.value() == 100 && prevKind.equals("unit")) current *= 100;
                    else current += w.value();
                }
                case "teenunit" -> current += w.value();
                case "teen" -> current += 10;
                case "scale" -> {
                    if (any && !conj && current > 0) {
                        total += current * w.value();
                    } else {
                        total += current + w.value();
                    }
                    current = 0;
                    lastScale = w.value() >= 2000 && isDualScale(w.value()) ? w.value() / 2 : w.value();
                }
                case "plural" -> {
                    total += current * w.value();
                    current = 0;
                    lastScale = w.value();
                }
                case "fraction" -> {
                    total += (double) lastScale / w.value();
                    lastScale = 0;
                }
                default -> { }
            }
            any = true;
            prevKind = w.kind();
            j++;
        }
        if (!any) return null;
        if (prevKind.equals("teenunit")) return null; // "أحد" alone means "one of", not a count
        double value = total + current;
        if (value <= 0 && !(j == i + 1 && tokens.get(i).kind() == Token.Kind.NUMBER)) return null;
        return new NumberMatch(i, j, i, new Quantity(Math.round(value), false, false, null));
    }

    private static boolean isDualScale(long v) {
        return v == 2000 || v == 2_000_000 || v == 2_000_000_000L;
    }

    /** Which reading of a number word fits after what was read so far; null when none continues the number. */
    private static NumberLexicon.Word pick(List<NumberLexicon.Word> ws, String prev, boolean conj, boolean any) {
        for (NumberLexicon.Word w : ws) {
            String k = w.kind();
            if (!any) {
                if (k.equals("unit") || k.equals("ten") || k.equals("hundred") || k.equals("scale") || k.equals("teenunit")) return w;
                continue;
            }
            if (conj) {
                if ((k.equals("unit") || k.equals("ten") || k.equals("hundred")) && !prev.equals("teenunit")) return w;
                if (k.equals("scale") && w.value() % 1000 == 0 && (prev.equals("scale") || prev.equals("plural") || prev.equals("hundred"))) return w;
                if (k.equals("fraction") && (prev.equals("scale") || prev.equals("plural"))) return w;
                continue;
            }
            if (k.equals("teen") && (prev.equals("unit") || prev.equals("teenunit"))) return w;
            if (k.equals("hundred") && w.value() == 100 && prev.equals("unit")) return w;
            if ((k.equals("scale") || k.equals("plural")) && !isDualScale(w.value())
                    && (prev.equals("unit") || prev.equals("ten") || prev.equals("hundred") || prev.equals("digits") || prev.equals("teen"))) return w;
        }
        return null;
    }

    /**
     * The value of a digit token's normalised form: "1,500" and "1.500.000" group thousands, "2.5" and
     * "2٫5" are decimals; null for things that are not one number ("16.07.2018").
     */
    public static Double parseDigits(String s) {
        s = s.replace("٬", "");
        String[] groups = s.split("[.,٫]", -1);
        if (groups.length == 1) return parseLong(s);
        boolean allThree = true;
        for (int g = 1; g < groups.length; g++) if (groups[g].length() != 3) allThree = false;
        if (groups.length > 2) {
            if (!allThree) return null;
            return parseLong(String.join("", groups));
        }
        boolean comma = s.indexOf(',') >= 0;
        if (allThree && (comma || groups[0].length() <= 3) && !s.contains("٫")) return parseLong(groups[0] + groups[1]);
        try {
            return Double.parseDouble(groups[0] + "." + groups[1]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseLong(String s) {
        if (s.isEmpty() || s.length() > 15) return null;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        return (double) Long.parseLong(s);
    }
}
