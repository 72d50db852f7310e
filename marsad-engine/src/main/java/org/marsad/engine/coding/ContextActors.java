package org.marsad.engine.coding;

import java.util.List;
import java.util.Objects;
import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;

/**
 * A casualty report that names no perpetrator ("وقتل صباح السبت مدنيين اثنين") continues the
 * account of the attack reported just before it: it takes that attack's doer, as a reader does,
 * when the attack lies at most {@link #REACH} sentences back and its doer is not the side that
 * suffered.
 */
public final class ContextActors {
    /** How many sentences back the attack may stand. */
    static final int REACH = 2;

    private ContextActors() {}

    public static void fill(Document doc, List<EventRecord> records) {
        EventRecord lastAttack = null;
        int lastSentence = -1;
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            if (!r.event().equals("ASSAULT")) continue;
            int sentence = sentenceAt(doc, r.evidence().start());
            if (r.actor() == null && lastAttack != null && sentence - lastSentence <= REACH && sentence >= lastSentence
                    && !sameParty(lastAttack.actor(), r.recipient())) {
                EventRecord.Builder b = r.toBuilder();
                b.actor = lastAttack.actor();
                records.set(i, b.build());
                continue;
            }
            if (r.actor() != null && r.actor().key() != null) {
                lastAttack = r;
                lastSentence = sentence;
            }
        }
    }

    private static boolean sameParty(ActorRef a, ActorRef b) {
        return a != null && b != null && Objects.equals(a.key(), b.key()) && Objects.equals(a.sector(), b.sector());
    }

    /** The index of the sentence that starts at or before the character offset. */
    private static int sentenceAt(Document doc, int offset) {
        List<Sentence> ss = doc.sentences();
        int lo = 0, hi = ss.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).start() <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }
}
