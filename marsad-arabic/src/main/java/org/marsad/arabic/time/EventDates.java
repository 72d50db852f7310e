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

    public static EventDate forEvent(Document doc, int sentenceIndex, int triggerToken) {
        List<Sentence> sentences = doc.sentences();
        LocalDate ref = doc.referenceDate();
        if (sentenceIndex >= 0 && sentenceIndex < sentences.size()) {
            Sentence s = sentences.get(sentenceIndex);
            Mention best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Mention m : datesIn(doc, s)) {
                int dist = m.endToken() <= triggerToken ? triggerToken - m.endToken() + 1
                        : m.firstToken() > triggerToken ? m.firstToken() - triggerToken : 0;
                // a tie goes to the expression after the trigger: "قتل 3، الخميس،" names the day of the act
                if (dist < bestDist || dist == bestDist && best != null && m.firstToken() > triggerToken) {
                    best = m;
                    bestDist = dist;
                }
            }
            if (best != null) return of(doc, best, "text", ref);
            for (int k = sentenceIndex - 1; k >= 0 && sentences.get(k).paragraph() == s.paragraph(); k--) {
                List<Mention> earlier = datesIn(doc, sentences.get(k));
                if (!earlier.isEmpty()) return of(doc, earlier.get(earlier.size() - 1), "context", ref);
            }
        }
        if (ref == null) return new EventDate(null, "reference", null, -1, -1, false);
        return new EventDate(DateValue.day(ref, false), "reference", null, -1, -1, false);
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
        List<Mention> out = new ArrayList<>();
        boolean annotated = false;
        for (Mention m : doc.mentions()) {
            if (!m.type().equals(MentionTypes.DATE)) continue;
            annotated = true;
            if (m.firstToken() >= s.firstToken() && m.endToken() <= s.endToken() && m.value() instanceof DateValue) out.add(m);
        }
        if (annotated) return out;
        for (TimeExpression e : READER.read(doc.tokens(), s.firstToken(), s.endToken(), doc.referenceDate())) {
            if (!e.isDuration()) {
                out.add(new Mention(MentionTypes.DATE, e.start(), e.end(), e.firstToken(), e.endToken(), e.value(), null));
            }
        }
        return out;
    }
}
