package org.marsad.arabic.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.DateValue;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;

/**
 * Chooses the date of an event from its trigger: the time expression of its own sentence nearest the
 * trigger ("text"), else the nearest earlier expression in the same paragraph ("context"), else the
 * reference date ("reference"). Uses the document's DATE mentions when a DateAnnotator has run,
 * else reads the sentences itself.
 */
public final class EventDates {
    /** Days before the reference date beyond which an event is historical. */
    static final int HISTORICAL_DAYS = 30;

    private static final DateReader READER = new DateReader();

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
            Mention best = null;
            int bestScore = Integer.MAX_VALUE;
            for (Mention m : datesIn(doc, s)) {
                if (isFuture(m.value(DateValue.class), ref)) continue; // a planned date is not when the act happened
                int score = score(doc, m, triggerToken);
                // a tie goes to the expression after the trigger: "قتل 3 ...، الخميس،" names the day of the act
                if (score < bestScore || score == bestScore && m.firstToken() > triggerToken) {
                    best = m;
                    bestScore = score;
                }
            }
            if (best != null) return of(doc, best, "text", ref);
            // Earlier sentences of the paragraph, nearest first: walked through the date index, not
            // sentence by sentence, so a document that is one long paragraph stays linear.
            DateIndex index = DateIndex.of(doc);
            for (int e = index.lastBefore(s.firstToken()); e >= 0; e--) {
                Mention m = index.dates.get(e);
                int k = doc.sentenceIndexOf(m.firstToken());
                if (k < 0) continue; // outside every sentence
                if (sentences.get(k).paragraph() != s.paragraph()) break;
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
