package org.marsad.engine.coding;

import java.util.List;
import java.util.function.BiFunction;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;

/**
 * A title followed by the name of a person the knowledge base does not know ("واتهم النائب
 * التونسي سمير بلقاسمي الحكومة"): the party is coded from the title (its country and sector), and
 * its text takes in the name the recogniser finds right after it, so that the record says who
 * acted, not only in what office. Parties the knowledge base names itself (a known person, an
 * organisation) are left as they are.
 */
public final class NamedTitles {
    private NamedTitles() {}

    /** Widens the title parties of the records (actor, recipient, claimant) over the names after them. */
    public static void fill(Document doc, List<EventRecord> records, BiFunction<Document, Sentence, List<Mention>> names) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            EventRecord.Builder b = r.toBuilder();
            b.actor = named(doc, r.actor(), names);
            b.recipient = named(doc, r.recipient(), names);
            Attribution at = r.attribution();
            if (at != null && at.claimant() != null) {
                ActorRef claimant = named(doc, at.claimant(), names);
                if (claimant != at.claimant()) b.attribution = new Attribution(claimant, at.relayedBy(), at.hedged(), at.verified());
            }
            if (b.actor != r.actor() || b.recipient != r.recipient() || b.attribution != r.attribution()) records.set(i, b.build());
        }
    }

    /** The party with the person's name after its title taken into its text, else the party itself. */
    private static ActorRef named(Document doc, ActorRef a, BiFunction<Document, Sentence, List<Mention>> names) {
        if (a == null || a.text() == null || a.start() == null || a.end() == null || a.sector() == null) return a;
        // a role's key is COUNTRY/SECTOR or ROLE/SECTOR; a known person or organisation has its own
        if (a.kbId() == null || !a.kbId().contains("/")) return a;
        int next = tokenStartingAtOrAfter(doc.tokens(), a.end());
        if (next < 0) return a;
        int sentence = doc.sentenceIndexOf(next);
        if (sentence < 0 || sentence != doc.sentenceIndexOf(next - 1)) return a;
        for (Mention n : names.apply(doc, doc.sentences().get(sentence))) {
            if (n.firstToken() == next && "PER".equals(n.value())) return a.withText(doc.slice(a.start(), n.end()), a.start(), n.end());
        }
        return a;
    }

    /** The index of the first token starting at or after a character offset, or -1. */
    private static int tokenStartingAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo < tokens.size() ? lo : -1;
    }
}
