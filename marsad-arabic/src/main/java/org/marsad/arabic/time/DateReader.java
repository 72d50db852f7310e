package org.marsad.arabic.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tokenizer;
import org.marsad.arabic.number.NumberReader;
import org.marsad.core.DateValue;
import org.marsad.core.Token;

/**
 * Finds time expressions in tokens and normalises them against a reference date: absolute dates
 * ("16 يوليو/تموز 2018"، "16/7/2018"، "2018-07-16"، Hijri dates), partial dates ("يوليو الماضي"،
 * "عام 2019"), relative ones ("أمس"، "مساء الخميس"، "الأسبوع الماضي"، "قبل يومين"), ranges
 * ("بين 12 و14 يوليو"، "الثلاثاء والأربعاء") and durations ("لمدة ثلاثة أيام", not a date).
 * A weekday alone is the latest such day on or before the reference date. A counted span after "منذ" that
 * follows a superlative or a word of continuation ("أعنف هجوم منذ شهر"، "المعارك المستمرة منذ شهر") is a
 * duration, not a date: it compares or measures, it does not say when an act happened. One left-to-right pass,
 * each position looking ahead a bounded number of tokens. Stateless and thread-safe.
 */
public final class DateReader {
    private static final int MAX_RANGE_DAYS = 31;
    /** The count read for a plural unit without a number ("قبل أيام"، "منذ سنوات"). */
    private static final int FEW = 3;
    /** How many words before "منذ" a comparison or continuation word may stand ("أعنف هجوم منذ"). */
    private static final int SPAN_WINDOW = 4;

    private final TimeLexicon lex;
    private final NumberReader numbers;

    public DateReader() { this(TimeLexicon.shared(), new NumberReader()); }

    public DateReader(TimeLexicon lex, NumberReader numbers) {
        this.lex = lex;
        this.numbers = numbers;
    }

    /** Convenience for tests and tools: the expressions in a plain string. */
    public List<TimeExpression> read(String text, LocalDate reference) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), 0);
        return read(tokens, 0, tokens.size(), reference);
    }

    /** The time expressions in tokens [from, to); relative ones are skipped when {@code reference} is null. */
    public List<TimeExpression> read(List<Token> tokens, int from, int to, LocalDate reference) {
        Scan s = new Scan(tokens, to, reference);
        List<TimeExpression> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Hit h = s.at(i);
            if (h == null) { i++; continue; }
            if (h.value != null) h = s.extendRange(h);
            if (h.value != null && s.isSpanSince(h, from)) h = s.asSpan(h);
            out.add(new TimeExpression(h.first, h.end, tokens.get(h.first).start(), tokens.get(h.end - 1).end(), h.value, h.days));
            i = h.end;
        }
        return out;
    }

    /** A parse result: tokens [first, end), a date value or (when null) a duration of {@code days}. */
    private record Hit(int first, int end, DateValue value, int days) {}

    /** One scan over one token list; holds only the inputs of a single call. */
    private final class Scan {
        final List<Token> t;
        final int to;
        final LocalDate ref;

        Scan(List<Token> tokens, int to, LocalDate ref) {
            this.t = tokens;
            this.to = to;
            this.ref = ref;
        }

        Hit at(int i) {
            Hit h;
            if ((h = duration(i)) != null) return h;
            if ((h = ago(i)) != null) return h;
            if ((h = numeric(i)) != null) return h;
            if ((h = dayMonth(i)) != null) return h;
            if ((h = weekdayExpr(i)) != null) return h;
            if ((h = relative(i)) != null) return h;
            if ((h = monthAlone(i)) != null) return h;
            if ((h = year(i)) != null) return h;
            return null;
        }

        // ---- helpers over tokens

        boolean isPunct(int i, String s) { return i < to && t.get(i).kind() == Token.Kind.PUNCT && t.get(i).surface().equals(s); }

        Integer intAt(int i) {
            if (i >= to || t.get(i).kind() != Token.Kind.NUMBER) return null;
            String n = t.get(i).norm();
            if (n.length() > 4) return null;
            for (int k = 0; k < n.length(); k++) if (n.charAt(k) < '0' || n.charAt(k) > '9') return null;
            return Integer.parseInt(n);
        }

        boolean isYear(Integer y) { return y != null && y >= 1900 && y <= 2100; }

        /** A month name at i, with an alternative name after a slash ("يوليو/تموز"); returns its end. */
        int monthEnd(int i, TimeLexicon.Month[] out) {
            if (i >= to) return -1;
            PhraseIndex.Match<TimeLexicon.Month> m = lex.months.longestAt(t, i, to);
            if (m == null) return -1;
            out[0] = m.value();
            int end = m.endToken();
            // the other calendar name of the same month: "يوليو/تموز"، "فبراير (شباط)"، "يناير كانون الثاني"
            int k = end;
            boolean paren = isPunct(k, "(");
            if (paren || isPunct(k, "/") || isPunct(k, "-") || isPunct(k, "ـ")) k++;
            PhraseIndex.Match<TimeLexicon.Month> alt = k < to ? lex.months.longestAt(t, k, to) : null;
            if (alt != null && alt.value().equals(m.value())) {
                end = alt.endToken();
                if (paren && isPunct(end, ")")) end++;
            }
            return end;
        }

        /** A year after a month: "2018", "عام 2018"، "1439 هـ"; sets y[0] and returns the end, else -1. */
        int yearAfter(int i, boolean hijri, int[] y) {
            int k = i;
            if (k < to && lex.is(t.get(k), "year")) k++;
            Integer v = intAt(k);
            if (v == null) return -1;
            boolean ok = hijri ? v >= 1300 && v <= 1600 : isYear(v);
            if (!ok) return -1;
            y[0] = v;
            k++;
            if (k < to && (lex.is(t.get(k), "hijrimark") || lex.is(t.get(k), "gregmark")
                    || t.get(k).norm().equals("ه"))) k++;
            return k;
        }

        // ---- absolute dates

        Hit numeric(int i) {
            Token a = t.get(i);
            if (a.kind() != Token.Kind.NUMBER) return null;
            String n = a.norm();
            if (n.indexOf('.') > 0 && n.chars().filter(c -> c == '.').count() == 2) {
                String[] p = n.split("\\.");
                LocalDate d = p[0].length() == 4 ? date(p[0], p[1], p[2]) : date(p[2], p[1], p[0]);
                return d == null ? null : new Hit(i, i + 1, DateValue.day(d, false), 0);
            }
            for (String sep : new String[] {"/", "-", "."}) {
                if (isPunct(i + 1, sep) && intAt(i + 2) != null && isPunct(i + 3, sep) && intAt(i + 4) != null
                        && intAt(i) != null && adjacent(i, i + 4)) {
                    LocalDate d = n.length() == 4 ? date(n, t.get(i + 2).norm(), t.get(i + 4).norm())
                            : date(t.get(i + 4).norm(), t.get(i + 2).norm(), n);
                    if (d != null) return new Hit(i, i + 5, DateValue.day(d, false), 0);
                }
            }
            return null;
        }

        /** True when tokens a..b are written without spaces between them ("16/7/2018"). */
        boolean adjacent(int a, int b) {
            for (int k = a; k < b; k++) if (t.get(k).end() != t.get(k + 1).start()) return false;
            return true;
        }

        LocalDate date(String y, String m, String d) {
            try {
                int yy = Integer.parseInt(y);
                if (y.length() == 2) yy += 2000;
                if (!isYear(yy)) return null;
                return LocalDate.of(yy, Integer.parseInt(m), Integer.parseInt(d));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }

        /** "16 يوليو 2018"، "18 نيسان/أبريل"، "12 و14 يوليو"، "15 رمضان 1439 هـ". */
        Hit dayMonth(int i) {
            int start = i;
            if (lex.is(t.get(i), "between") || lex.is(t.get(i), "from")) i++;
            Integer d1 = intAt(i);
            int k = i + 1;
            if (d1 == null && i < to) {
                // "الثلاثين من مارس": an ordinal day, always followed by "من"
                PhraseIndex.Match<Integer> o = lex.ordinalDays.longestAt(t, i, to);
                if (o == null || o.endToken() >= to || !lex.is(t.get(o.endToken()), "from")) return null;
                d1 = o.value();
                k = o.endToken();
            }
            if (d1 == null || d1 < 1 || d1 > 31) return null;
            Integer d2 = null;
            if (k < to && (lex.is(t.get(k), "range") || isPunct(k, "-")) && intAt(k + 1) != null) {
                d2 = intAt(k + 1);
                if (d2 < 1 || d2 > 31 || d2 < d1) return null;
                k += 2;
            }
            if (k < to && lex.is(t.get(k), "from")) k++;
            TimeLexicon.Month[] m = new TimeLexicon.Month[1];
            int end = monthEnd(k, m);
            if (end < 0) return null;
            if (start < i && d2 == null) start = i; // "من 16 يوليو": the preposition is not part of a single date
            int[] y = new int[1];
            int ye = yearAfter(end, m[0].hijri(), y);
            LocalDate a, b;
            boolean relative = ye < 0;
            if (m[0].hijri()) {
                int hy = ye > 0 ? y[0] : hijriYearNear(m[0].number(), d1);
                if (hy == 0) return null;
                a = hijri(hy, m[0].number(), d1);
                b = d2 == null ? a : hijri(hy, m[0].number(), d2);
            } else {
                int gy = ye > 0 ? y[0] : yearNear(m[0].number(), d1);
                if (gy == 0) return null;
                a = safeDate(gy, m[0].number(), d1);
                b = d2 == null ? a : safeDate(gy, m[0].number(), d2);
            }
            if (a == null || b == null) return null;
            return new Hit(start, ye > 0 ? ye : end, new DateValue(a, b, "day", relative), 0);
        }

        LocalDate safeDate(int y, int m, int d) {
            try { return LocalDate.of(y, m, d); } catch (DateTimeException e) { return null; }
        }

        LocalDate hijri(int y, int m, int d) {
            try { return LocalDate.from(HijrahDate.of(y, m, d)); } catch (DateTimeException e) { return null; }
        }

        /** The year that puts day/month closest to the reference date, future days counting double; 0 without a reference. */
        int yearNear(int month, int day) {
            if (ref == null) return 0;
            int best = 0;
            long bestDist = Long.MAX_VALUE;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                LocalDate d = safeDate(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
                long dist = ChronoUnit.DAYS.between(ref, d);
                dist = dist > 0 ? dist * 2 : -dist; // news reports the past more than plans
                if (dist < bestDist) { bestDist = dist; best = y; }
            }
            return best;
        }

        int hijriYearNear(int month, int day) {
            if (ref == null) return 0;
            int hy;
            try { hy = HijrahDate.from(ref).get(java.time.temporal.ChronoField.YEAR); } catch (DateTimeException e) { return 0; }
            int best = 0;
            long bestDist = Long.MAX_VALUE;
            for (int y = hy - 1; y <= hy + 1; y++) {
                LocalDate d = hijri(y, month, Math.min(day, 29));
                if (d == null) continue;
                long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
                if (dist < bestDist) { bestDist = dist; best = y; }
            }
            return best;
        }

        /** A month without a day: "يوليو 2018"، "يوليو الماضي"، "في مارس"، "شهر رمضان". */
        Hit monthAlone(int i) {
            TimeLexicon.Month[] m = new TimeLexicon.Month[1];
            int end = monthEnd(i, m);
            if (end < 0) return null;
            boolean slashed = end - i > 1 && (isPunct(i + 1, "/") || isPunct(i + 1, "-"));
            boolean introduced = i > 0 && isMonthIntroducer(t.get(i - 1));
            int[] y = new int[1];
            int ye = yearAfter(end, m[0].hijri(), y);
            if (m[0].hijri()) {
                if (ye < 0) return null; // "رمضان" alone is as often a name
                LocalDate a = hijri(y[0], m[0].number(), 1);
                if (a == null) return null;
                LocalDate b;
                try {
                    b = LocalDate.from(HijrahDate.from(a).plus(1, ChronoUnit.MONTHS)).minusDays(1);
                } catch (DateTimeException e) {
                    return null;
                }
                return new Hit(i, ye, new DateValue(a, b, "day", false), 0);
            }
            if (ye > 0) return monthValue(i, ye, YearMonth.of(y[0], m[0].number()), false);
            if (ref == null) return null;
            YearMonth r = YearMonth.from(ref);
            if (end < to && lex.is(t.get(end), "past")) {
                int yr = m[0].number() < r.getMonthValue() ? r.getYear() : r.getYear() - 1;
                return monthValue(i, end + 1, YearMonth.of(yr, m[0].number()), true);
            }
            if (end < to && lex.is(t.get(end), "next")) {
                int yr = m[0].number() > r.getMonthValue() ? r.getYear() : r.getYear() + 1;
                return monthValue(i, end + 1, YearMonth.of(yr, m[0].number()), true);
            }
            if (!slashed && !introduced) return null; // "مارس" is also a verb
            int yr = m[0].number() <= r.getMonthValue() ? r.getYear() : r.getYear() - 1;
            return monthValue(i, end, YearMonth.of(yr, m[0].number()), true);
        }

        boolean isMonthIntroducer(Token p) { return lex.is(p, "monthintro"); }

        Hit monthValue(int i, int end, YearMonth ym, boolean relative) {
            return new Hit(i, end, new DateValue(ym.atDay(1), ym.atEndOfMonth(), "month", relative), 0);
        }

        /** "عام 2019"، "العام 2011"، "في 2019". */
        Hit year(int i) {
            Token a = t.get(i);
            boolean marker = lex.isStem(a, "year");
            boolean in = a.norm().equals("في") || a.norm().equals("منذ");
            if (!marker && !in) return null;
            Integer y = intAt(i + 1);
            if (!isYear(y)) return null;
            int end = i + 2;
            if ((isPunct(end, "-") || isPunct(end, "/")) && intAt(end + 1) != null && adjacent(i + 1, end + 1)) return null; // "2015-08-11"
            if (end < to && lex.is(t.get(end), "gregmark")) end++;
            LocalDate from = LocalDate.of(y, 1, 1);
            return new Hit(marker ? i : i + 1, end, new DateValue(from, LocalDate.of(y, 12, 31), "year", false), 0);
        }

        // ---- relative dates

        /** Daypart words ("مساء"، "يوم"، "فجر") before a day word; returns the index after them. */
        int skipDayparts(int i) {
            int k = i;
            while (k < to && k - i < 3) {
                int mk = lex.markerEnd(t, k, to, "daypart");
                if (mk > 0) { k = mk; continue; }
                if (lex.isStem(t.get(k), "daypart")) { k++; continue; }
                break;
            }
            return k;
        }

        Hit weekdayExpr(int i) {
            int k = skipDayparts(i);
            if (k >= to) return null;
            // "أمس الخميس"، "اليوم الخميس": a relative day word directly before a weekday yields to the weekday
            int dow = lex.weekday(t.get(k), k > i);
            if (dow == 0) return null;
            int end = k + 1;
            // "الاثنين 16 يوليو 2018": an absolute date after the weekday decides
            Hit abs = end < to ? absoluteAt(end) : null;
            if (abs != null) return new Hit(i, abs.end, abs.value, 0);
            if (end < to && isPunct(end, "،") && end + 1 < to && (abs = absoluteAt(end + 1)) != null) {
                return new Hit(i, abs.end, abs.value, 0);
            }
            if (ref == null) return null;
            DayOfWeek w = DayOfWeek.of(dow);
            LocalDate d;
            if (end < to && lex.is(t.get(end), "past")) {
                d = ref.with(TemporalAdjusters.previous(w));
                end++;
            } else if (end < to && lex.is(t.get(end), "next")) {
                d = ref.with(TemporalAdjusters.next(w));
                end++;
            } else {
                d = ref.with(TemporalAdjusters.previousOrSame(w));
            }
            // "ليل الأربعاء الخميس": two weekdays side by side span a night
            if (end < to) {
                int dow2 = lex.weekday(t.get(end), false);
                if (dow2 != 0 && dow2 == dow % 7 + 1) {
                    LocalDate e = d.plusDays(1);
                    if (e.isAfter(ref)) { e = d; d = d.minusDays(1); }
                    return new Hit(i, end + 1, new DateValue(d, e, "day", true), 0);
                }
            }
            return new Hit(i, end, DateValue.day(d, true), 0);
        }

        Hit absoluteAt(int i) {
            Hit h = numeric(i);
            if (h == null) h = dayMonth(i);
            return h;
        }

        Hit relative(int i) {
            // daypart words may themselves be relative ("اليوم"، "الليلة"): try the longest skip first, then shorter ones
            PhraseIndex.Match<TimeLexicon.Relative> m = null;
            int k;
            for (k = Math.min(skipDayparts(i), to - 1); k >= i; k--) {
                m = lex.relative.longestAt(t, k, to);
                if (m != null && firstStemIsWhole(t.get(k), m.value().firstWord())) break;
                m = null;
            }
            if (m == null) return null;
            int end = m.endToken();
            // "في اليوم ذاته"، "في نفس اليوم": the same day as an earlier one, not today
            if (end < to && t.get(end - 1).norm().endsWith("اليوم") && isSameWord(t.get(end))) return null;
            if (k > 0 && lex.is(t.get(k - 1), "sameday")) return null;
            // "أمس الخميس"، "أمس (الجمعة)": the weekday is more reliable than the publication date
            int w = end;
            if (isPunct(w, "(")) w++;
            // "في وقت سابق من الاثنين": the day the phrase places earlier or later is the weekday after "من"
            if (m.value().offset() == 0 && w + 1 < to && lex.is(t.get(w), "from") && weekdayExpr(w + 1) != null) w++;
            if (w < to && lex.weekday(t.get(w), false) != 0 && ref != null && m.value().offset() > 0) {
                // "غدا الأربعاء": a coming day; the weekday only repeats it
                int e = w + 1;
                if (isPunct(e, ")")) e++;
                return new Hit(i, e, DateValue.day(ref.plusDays(m.value().offset()), true), 0);
            }
            if (w < to && lex.weekday(t.get(w), false) != 0 && ref != null) {
                Hit wd = weekdayExpr(w);
                if (wd != null) {
                    int e = wd.end;
                    if (isPunct(e, ")")) e++;
                    return new Hit(i, e, wd.value, 0);
                }
            }
            if (ref == null) return null;
            TimeLexicon.Relative r = m.value();
            DateValue v = switch (r.unit()) {
                case "day" -> DateValue.day(ref.plusDays(r.offset()), true);
                case "week" -> r.offset() == 0 ? new DateValue(ref.minusDays(ref.getDayOfWeek().getValue() % 7), ref, "day", true)
                        : new DateValue(ref.minusDays(7L * -r.offset()), ref.minusDays(7L * -r.offset() - 6), "day", true);
                case "month" -> {
                    YearMonth ym = YearMonth.from(ref).plusMonths(r.offset());
                    yield new DateValue(ym.atDay(1), ym.atEndOfMonth(), "month", true);
                }
                default -> {
                    int y = ref.getYear() + r.offset();
                    yield new DateValue(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year", true);
                }
            };
            return new Hit(i, end, v, 0);
        }

        /** "اليوم ذاته"، "اليوم التالي"، "اليوم قبل الأخير": a day counted from another one. */
        boolean isSameWord(Token tok) { return lex.is(tok, "anaphoric"); }

        /** Accepts a relative word only as a whole token or after a conjunction/preposition ("وأمس"، "بالأمس"). */
        boolean firstStemIsWhole(Token tok, String stem) {
            String n = tok.norm();
            if (n.equals(stem)) return true;
            if (!n.endsWith(stem)) {
                // "بالأمس"، "وبالأمس": the article of the written word stands for the bare phrase word
                if (!stem.startsWith("ال") && n.endsWith("ال" + stem)) stem = "ال" + stem;
                else if (stem.startsWith("ال") && n.endsWith(stem.substring(1)) && n.length() > stem.length() - 1
                        && n.charAt(n.length() - stem.length()) == 'ل') return true; // "للأمس"
                else return false;
            }
            String p = n.substring(0, n.length() - stem.length());
            return p.equals("و") || p.equals("ف") || p.equals("ب") || p.equals("ل") || p.equals("وب") || p.equals("فب")
                    || (!stem.startsWith("ال") && (p.equals("ال") || p.equals("وال") || p.equals("بال") || p.equals("وبال")));
        }

        /** A count and a unit of time after i: "ثلاثة أيام"، "يومين"، "أسبوع"، "48 ساعة"; null when none. */
        int[] countUnit(int i) {
            if (i >= to) return null;
            TimeLexicon.Unit u = lex.unit(t.get(i));
            if (u != null) {
                if (isYear(intAt(i + 1))) return null; // "عام 2011" is a year
                int days = u.days() * (u.count() == 0 ? FEW : u.count()); // "قبل أيام": a few
                int end = i + 1;
                // "شهر ونصف"، "شهر ونصف شهر"
                if (end < to && t.get(end).norm().equals("ونصف")) {
                    days += u.days() / 2;
                    end++;
                    if (end < to && lex.unit(t.get(end)) != null) end++;
                }
                return new int[] {end, days};
            }
            // "أكثر من ثلاثة أيام": the number reader takes the bound with the count
            NumberReader.NumberMatch n = numbers.readAt(t, i, to);
            if (n == null || n.quantity().vague() && n.quantity().value() > 10) return null;
            int e = n.endToken();
            if (e >= to) return null;
            TimeLexicon.Unit v = lex.unit(t.get(e));
            if (v == null) return null;
            long days = n.quantity().value() * v.days();
            int end = e + 1;
            if (end < to && t.get(end).norm().equals("ونصف")) { days += v.days() / 2; end++; }
            return new int[] {end, (int) Math.min(days, 100_000)};
        }

        Hit duration(int i) {
            int k = lex.markerEnd(t, i, to, "duration");
            if (k < 0) k = lex.isStem(t.get(i), "duration") ? i + 1 : -1;
            if (k < 0) return null;
            int[] cu = countUnit(k);
            if (cu == null) return null;
            return new Hit(i, cu[0], null, cu[1]);
        }

        Hit ago(int i) {
            boolean ago = lex.is(t.get(i), "ago");
            boolean since = lex.is(t.get(i), "since");
            if (!ago && !since) return null;
            int k = i + 1;
            int[] cu = countUnit(k);
            // "منذ أكثر من عام": a bound phrase before a bare unit
            for (int s = k + 1; cu == null && s <= k + 2 && s < to; s++) {
                if (isBoundWord(k) && lex.unit(t.get(s)) != null) cu = countUnit(s);
            }
            if (cu == null || ref == null) return null;
            int days = cu[1];
            LocalDate d = ref.minusDays(days);
            DateValue v;
            if (days >= 365) {
                v = new DateValue(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear(), 12, 31), "year", true);
            } else if (days >= 28 && !since) {
                YearMonth ym = YearMonth.from(ref.minusMonths(Math.round(days / 30.0)));
                v = new DateValue(ym.atDay(1), ym.atEndOfMonth(), "month", true);
            } else {
                v = new DateValue(d, since ? ref : d, "day", true);
            }
            return new Hit(i, cu[0], v, 0);
        }

        boolean isBoundWord(int from) { return lex.is(t.get(from), "approx"); }

        /**
         * "منذ" after a superlative ("أعنف هجوم منذ شهر": the fiercest in a month) or a word of
         * continuation ("المعارك المستمرة منذ شهر") measures a span up to now, not the date of an act.
         */
        boolean isSpanSince(Hit h, int from) {
            // only a counted span ("منذ شهر"): a named date after "منذ" ("الأعنف منذ يوليو 2005") still dates
            // the earlier act it names
            int since = h.first;
            if (!lex.is(t.get(since), "since")) return false;
            for (int k = since - 1; k >= from && k >= since - SPAN_WINDOW; k--) {
                Token w = t.get(k);
                if (w.kind() == Token.Kind.PUNCT) return false;
                if (lex.isStem(w, "comparison") || lex.isStem(w, "ongoing")) return true;
            }
            return false;
        }

        /** The expression as a span (no date), its length the days from its start to the reference date. */
        Hit asSpan(Hit h) {
            int days = ref == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(h.value.from(), ref));
            return new Hit(h.first, h.end, null, days);
        }

        // ---- ranges

        /** Joins "الثلاثاء والأربعاء"، "16 إلى 18 يوليو" style second ends onto a day date. */
        Hit extendRange(Hit h) {
            if (!h.value.precision().equals("day")) return h;
            int k = h.end;
            if (k >= to) return h;
            int next;
            if (lex.is(t.get(k), "range") && t.get(k).norm().length() > 1 && !t.get(k).norm().equals("و")) next = k + 1;
            else if (t.get(k).norm().equals("و") || isPunct(k, "-")) next = k + 1;
            else if (t.get(k).isWord() && t.get(k).norm().startsWith("و")) next = k;
            else return h;
            if (next >= to) return h;
            Hit second = next == k && lex.weekday(t.get(k), false) != 0 ? weekdayExpr(k) : (next > k ? at(next) : null);
            if (second == null || second.value == null || !second.value.precision().equals("day")) return h;
            LocalDate a = h.value.from(), b = second.value.to();
            if (b.isBefore(a)) {
                // two weekdays read independently: the earlier one may have wrapped a week back
                if (second.value.from().isBefore(a)) { a = second.value.from(); b = h.value.to(); } else return h;
            }
            if (ChronoUnit.DAYS.between(a, b) > MAX_RANGE_DAYS) return h;
            return new Hit(h.first, second.end, new DateValue(a, b, "day", h.value.relative() || second.value.relative()), 0);
        }
    }
}
