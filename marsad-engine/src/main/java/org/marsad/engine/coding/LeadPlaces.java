package org.marsad.engine.coding;

import java.util.List;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/**
 * An article's lead sums up what its next sentences tell in detail: an act in the lead that names
 * no place ("أوقفت السلطات الروسية 5 أشخاص ...") happened where the same kind of act told right
 * after it did ("... أنها أوقفت الأعضاء المفترضين ... في ياروسلافل"), when that place is in the
 * country the lead's place stood for.
 */
public final class LeadPlaces {
    /** How many sentences after the lead the detailed account may start. */
    static final int REACH = 2;

    private LeadPlaces() {}

    public static void fill(Document doc, List<EventRecord> records) {
        if (doc.sentences().isEmpty()) return;
        int leadEnd = doc.sentences().get(0).end();
        int reachEnd = doc.sentences().get(Math.min(REACH, doc.sentences().size() - 1)).end();
        for (int i = 0; i < records.size(); i++) {
            EventRecord lead = records.get(i);
            // a lead with no place at all has no country to check the later place against
            if (lead.evidence().start() >= leadEnd || lead.location() == null || placedInOwnSentence(lead)) continue;
            for (EventRecord later : records) {
                if (later.evidence().start() < leadEnd || later.evidence().start() >= reachEnd) continue;
                if (!later.event().equals(lead.event()) || !placedInOwnSentence(later)) continue;
                PlaceRef at = later.location();
                if (!at.country().equals(lead.location().country())) continue;
                EventRecord.Builder b = lead.toBuilder();
                b.location = at;
                b.locations = null;
                records.set(i, b.build());
                break;
            }
        }
    }

    /** The record's place is named in its own sentence, inside a country, with coordinates. */
    private static boolean placedInOwnSentence(EventRecord r) {
        PlaceRef p = r.location();
        return p != null && p.start() != null && p.country() != null && p.lat() != null
                && p.start() >= r.evidence().start() && p.start() < r.evidence().end();
    }
}
