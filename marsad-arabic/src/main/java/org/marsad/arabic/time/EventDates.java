package org.marsad.arabic.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.DateValue;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;

/**
 * Chooses the date of an event from its trigger: the time expression of its own sentence nearest the
 * trigger ("text"), else the nearest earlier expression in the same paragraph ("context"), else the
 * reference date ("reference"). Uses the document's DATE mentions when a DateAnnotator has run,
 * else reads the sentences itself.
 *
 * <p>Clauses: an act governed by a preposition of sequence ("بعد"، "عقب"، "إثر"، "غداة"، "عشية") takes an
 * expression after that preposition when there is one; "غداة X" puts X a day before the sentence's day and
 * "عشية X" a day after it. An expression beyond such a preposition scores worse for the other acts of the
 * sentence. "في اليوم ذاته"، "في اليوم التالي" take the last day named in the document; a sentence opening
 * with "وتابع"، "وأضاف" may take its day from the previous paragraph. Counted spans after "منذ" that follow
 * a superlative or a word of continuation are not dates at all (see {@link DateReader}).
 */
public final class EventDates {
    /** Days before the reference date beyond which an event is historical. */
    static final int HISTORICAL_DAYS = 30;

    private static final DateReader READER = new DateReader();
    private static final TimeLexicon LEX = TimeLexicon.shared();

    /**
     * A preposition of sequence governing the trigger within a few words ("بعد إعلان ... إضرابا"،
     * "عقب تفجير"، "غداة اتفاق"): its token and how many days the governed act lies from the
     * sentence's day when only that is known (-1 for "غداة", +1 for "عشية", 0 when unknown).
     */
    record Governor(int position, int dayShift) {
        /** Words that may stand between the preposition and the trigger ("بعد إعلان المعارضة إضرابا"). */
        static final int WINDOW = 3;

        static Governor of(Document doc, Sentence s, int trigger) {
            List<Token> tokens = doc.tokens();
            for (int k = trigger - 1; k >= s.firstToken() && k >= trigger - 1 - WINDOW; k--) {
                Token t = tokens.get(k);
                if (t.kind() == Token.Kind.PUNCT) return null;
                Governor g = at(t, k);
                if (g != null) return g;
            }
            return null;
        }

        /** The preposition of sequence the token is, at position k, or null. */
        static Governor at(Token t, int k) {
            if (LEX.isStem(t, "dayafter")) return new Governor(k, -1);
            if (LEX.isStem(t, "dayeve")) return new Governor(k, 1);
            if (LEX.isStem(t, "after")) return new Governor(k, 0);
            return null;
        }

        /** The nearest preposition of sequence after the trigger and before the expression, not right before it. */
        static Governor between(Document doc, int trigger, int expression) {
            List<Token> tokens = doc.tokens();
            for (int k = expression - 2; k > trigger; k--) {
                Governor g = at(tokens.get(k), k);
                if (g != null) return g;
            }
            return null;
        }
    }

    private EventDates() {}

    /** The date of the event whose trigger is at the token, with the reference date as the default. */
    public static EventDate forEvent(Document doc, int sentenceIndex, int triggerToken) {
        return forEvent(doc, sentenceIndex, triggerToken, 0);
    }

    /**
     * As {@link #forEvent(Document, int, int)}, with the default placed {@code referenceLagDays} before the
     * reference date: for sources that publish the day after the events they report.
     */
    public static EventDate forEvent(Document doc, int sentenceIndex, int triggerToken, int referenceLagDays) {
        List<Sentence> sentences = doc.sentences();
        LocalDate ref = doc.referenceDate();
        if (sentenceIndex >= 0 && sentenceIndex < sentences.size()) {
            Sentence s = sentences.get(sentenceIndex);
            List<Mention> own = new ArrayList<>();
            for (Mention m : datesIn(doc, s)) {
                if (!isFuture(m.value(DateValue.class), ref)) own.add(m); // a planned date is not when the act happened
            }
            Governor g = Governor.of(doc, s, triggerToken);
            if (g != null) {
                // "بعد إعلان المعارضة إضرابا، الجمعة": an expression after the preposition is the noun's own
                Mention governed = nearest(doc, own, triggerToken, g.position(), Integer.MAX_VALUE, false);
                if (governed != null) return of(doc, governed, "text", ref);
                if (g.dayShift() != 0) {
                    // "أتى القرار الجمعة غداة اتفاق": the sentence's day, one day before (غداة) or after (عشية)
                    Mention main = nearest(doc, own, g.position(), -1, g.position(), false);
                    EventDate shifted = main == null ? null : shifted(doc, main, g.dayShift(), ref);
                    if (shifted != null) return shifted;
                }
                // "عقب تفجير ... اليوم الأربعاء": the act came before the sentence's date, which is still
                // the nearest day the text allows (often the same one), unlike the later reference date
            }
            Mention best = nearest(doc, own, triggerToken, -1, Integer.MAX_VALUE, g == null);
            if (best != null) {
                // "أتى القرار غداة اتفاق الخميس": the day named is the governed act's; this one is a day later
                Governor across = g == null && best.firstToken() > triggerToken ? Governor.between(doc, triggerToken, best.firstToken()) : null;
                EventDate moved = across == null || across.dayShift() == 0 ? null : shifted(doc, best, -across.dayShift(), ref);
                return moved != null ? moved : of(doc, best, "text", ref);
            }
            EventDate anaphor = own.isEmpty() ? sameDay(doc, s, ref) : null;
            if (anaphor != null) return anaphor;
            // Earlier sentences of the paragraph, nearest first: walked through the date index, not
            // sentence by sentence, so a document that is one long paragraph stays linear.
            DateIndex index = DateIndex.of(doc);
            // "وتابع ..."، "وأضاف ...": a statement that goes on from the previous paragraph keeps its day
            int firstParagraph = continuesSpeech(doc, s) ? s.paragraph() - 1 : s.paragraph();
            for (int e = index.lastBefore(s.firstToken()); e >= 0; e--) {
                Mention m = index.dates.get(e);
                int k = doc.sentenceIndexOf(m.firstToken());
                if (k < 0) continue; // outside every sentence
                if (sentences.get(k).paragraph() < firstParagraph) break;
                if (m.endToken() > sentences.get(k).endToken()) continue; // across a sentence end: not inside one
                DateValue v = m.value(DateValue.class);
                // background dates of an earlier sentence do not carry over to the next act
                if (!isFuture(v, ref) && !isHistorical(v, ref)) return of(doc, m, "context", ref);
            }
        }
        if (ref == null) return new EventDate(null, "reference", null, -1, -1, false);
        return new EventDate(DateValue.day(ref.minusDays(referenceLagDays), false), "reference", null, -1, -1, false);
    }

    /**
     * The expression nearest the trigger (lowest {@link #score}) among those starting after {@code after}
     * and ending at or before {@code before}. With {@code clauseAware}, one lying beyond a preposition of
     * sequence ("بعد"، "عقب"، "غداة") belongs to the noun that preposition governs and scores worse.
     */
    private static Mention nearest(Document doc, List<Mention> dates, int trigger, int after, int before, boolean clauseAware) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : dates) {
            if (m.firstToken() <= after || m.endToken() > before) continue;
            int score = score(doc, m, trigger);
            if (clauseAware && Governor.between(doc, trigger, m.firstToken()) != null) score += GOVERNED_PENALTY;
            // a tie goes to the expression after the trigger: "قتل 3 ...، الخميس،" names the day of the act
            if (score < bestScore || score == bestScore && m.firstToken() > trigger) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    /** The score added to an expression governed by a preposition of sequence that lies after the trigger. */
    static final int GOVERNED_PENALTY = 12;

    /** The single day of an expression moved by some days, as a text date; null for a range, month or year. */
    private static EventDate shifted(Document doc, Mention m, int days, LocalDate ref) {
        DateValue v = m.value(DateValue.class);
        if (v == null || !v.precision().equals("day") || !v.from().equals(v.to())) return null;
        DateValue moved = DateValue.day(v.from().plusDays(days), true);
        if (isFuture(moved, ref)) return null;
        return new EventDate(moved, "text", doc.slice(m.start(), m.end()), m.start(), m.end(), isHistorical(moved, ref));
    }

    /**
     * "في اليوم ذاته"، "في نفس اليوم" (the same day), "في اليوم التالي" (the next day): the day of the
     * nearest earlier expression of the document, across paragraphs, moved for "التالي". Null when the
     * sentence has no such phrase or nothing earlier dates it.
     */
    private static EventDate sameDay(Document doc, Sentence s, LocalDate ref) {
        int shift = Integer.MIN_VALUE;
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken(); k + 1 < s.endToken() && shift == Integer.MIN_VALUE; k++) {
            Token a = tokens.get(k), b = tokens.get(k + 1);
            if (isDayWord(a) && LEX.is(b, "samedayafter")) shift = 0;
            else if (isDayWord(a) && LEX.is(b, "nextdayafter")) shift = 1;
            else if (LEX.is(a, "sameday") && isDayWord(b)) shift = 0;
        }
        if (shift == Integer.MIN_VALUE) return null;
        DateIndex index = DateIndex.of(doc);
        for (int e = index.lastBefore(s.firstToken()); e >= 0; e--) {
            Mention m = index.dates.get(e);
            DateValue v = m.value(DateValue.class);
            if (isFuture(v, ref) || isHistorical(v, ref)) continue;
            if (shift == 0) return of(doc, m, "context", ref);
            EventDate moved = shifted(doc, m, shift, ref);
            if (moved != null) return new EventDate(moved.value(), "context", moved.text(), moved.start(), moved.end(), moved.historical());
            return null;
        }
        return null;
    }

    /** True when the sentence opens with a verb that continues a statement ("وتابع"، "وأضاف"). */
    private static boolean continuesSpeech(Document doc, Sentence s) {
        return s.endToken() > s.firstToken() && LEX.isStem(doc.tokens().get(s.firstToken()), "continues");
    }

    private static boolean isDayWord(Token t) {
        return t.isWord() && t.norm().endsWith("اليوم") && t.norm().length() <= "اليوم".length() + 2;
    }

    /**
     * How well an expression fits a trigger, lower is better: the token distance, plus a penalty for each
     * comma between them (another clause), plus more for ranges, months and years (a day names an act better).
     */
    static int score(Document doc, Mention m, int trigger) {
        int a = Math.min(m.endToken(), trigger + 1), b = Math.max(m.firstToken(), trigger);
        int dist = m.endToken() <= trigger ? trigger - m.endToken() + 1 : m.firstToken() > trigger ? m.firstToken() - trigger : 0;
        int commas = 0;
        for (int k = Math.min(a, b); k < Math.max(a, b); k++) {
            String sfc = doc.tokens().get(k).surface();
            if (sfc.equals("،") || sfc.equals(",") || sfc.equals("؛")) commas++;
        }
        DateValue v = m.value(DateValue.class);
        int coarse = 0;
        if (v == null || v.precision().equals("year")) coarse = 8;
        else if (v.precision().equals("month") || v.to().toEpochDay() - v.from().toEpochDay() > 7) coarse = 6; // "منذ 6 أسابيع" spans, not dates an act
        else if (!v.from().equals(v.to())) coarse = 2;
        return dist + 6 * commas + coarse;
    }

    static boolean isFuture(DateValue v, LocalDate ref) {
        return v != null && ref != null && v.from().isAfter(ref);
    }

    private static EventDate of(Document doc, Mention m, String source, LocalDate ref) {
        DateValue v = m.value(DateValue.class);
        return new EventDate(v, source, doc.slice(m.start(), m.end()), m.start(), m.end(), isHistorical(v, ref));
    }

    /** An earlier year than the reference date, or an end more than 30 days before it. */
    public static boolean isHistorical(DateValue v, LocalDate ref) {
        if (v == null || ref == null) return false;
        return v.to().getYear() < ref.getYear() || v.to().isBefore(ref.minusDays(HISTORICAL_DAYS));
    }

    private static List<Mention> datesIn(Document doc, Sentence s) {
        DateIndex index = DateIndex.of(doc);
        List<Mention> out = new ArrayList<>();
        for (int e = index.firstAt(s.firstToken()); e < index.dates.size(); e++) {
            Mention m = index.dates.get(e);
            if (m.firstToken() >= s.endToken()) break;
            if (m.endToken() <= s.endToken()) out.add(m);
        }
        return out;
    }

    /**
     * The document's date expressions in token order: the DATE mentions when an annotator made
     * any, else read here sentence by sentence. Built once per document (and thread) instead of
     * once per trigger, which made long documents quadratic.
     */
    private static final class DateIndex {
        private static final ThreadLocal<DateIndex> LAST = new ThreadLocal<>();

        final java.lang.ref.WeakReference<Document> doc;
        final int mentionCount;
        final List<Mention> dates;

        private DateIndex(Document doc, List<Mention> dates) {
            this.doc = new java.lang.ref.WeakReference<>(doc);
            this.mentionCount = doc.mentions().size();
            this.dates = dates;
        }

        static DateIndex of(Document doc) {
            DateIndex last = LAST.get();
            if (last != null && last.doc.get() == doc && last.mentionCount == doc.mentions().size()) return last;
            DateIndex built = new DateIndex(doc, build(doc));
            LAST.set(built);
            return built;
        }

        private static List<Mention> build(Document doc) {
            List<Mention> out = new ArrayList<>();
            boolean annotated = false;
            for (Mention m : doc.mentions()) {
                if (!m.type().equals(MentionTypes.DATE)) continue;
                annotated = true;
                if (m.value() instanceof DateValue) out.add(m);
            }
            if (!annotated) {
                for (Sentence s : doc.sentences()) {
                    for (TimeExpression e : READER.read(doc.tokens(), s.firstToken(), s.endToken(), doc.referenceDate())) {
                        if (!e.isDuration()) {
                            out.add(new Mention(MentionTypes.DATE, e.start(), e.end(), e.firstToken(), e.endToken(), e.value(), null));
                        }
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(Mention::firstToken)); // stable: text order within a start
            return out;
        }

        /** The first date starting at or after the token. */
        int firstAt(int token) {
            int lo = 0, hi = dates.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (dates.get(mid).firstToken() < token) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /** The last date starting before the token, or -1. */
        int lastBefore(int token) { return firstAt(token) - 1; }
    }
}
