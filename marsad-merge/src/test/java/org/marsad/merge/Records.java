package org.marsad.merge;

import java.util.List;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.TextSpan;

/** Small record factory for tests. */
final class Records {
    private Records() {}

    static ActorRef actor(String country, String org, String sector) {
        return new ActorRef(null, null, country, org, sector, null, null, null);
    }

    static PlaceRef place(String name, String country, Double lat, Double lon, String precision) {
        return new PlaceRef(name, name, null, country, null, lat, lon, precision, null, null);
    }

    static EventRecord.Builder assault(String id, String doc, String source, String date) {
        EventRecord.Builder b = EventRecord.builder();
        b.id = id;
        b.docId = doc;
        b.source = source;
        b.published = date;
        b.date = date;
        b.event = "ASSAULT";
        b.mode = "explosives";
        b.actor = null;
        b.recipient = actor("IRQ", null, "CVL");
        b.location = place("Baghdad", "IRQ", 33.31, 44.36, "city");
        return b;
    }

    static EventRecord.Builder dead(EventRecord.Builder b, int dead) {
        b.size = new Size(dead, null, null, null, List.of());
        return b;
    }

    static EventRecord.Builder claimant(EventRecord.Builder b, ActorRef c) {
        b.attribution = new Attribution(c, List.of(), false, null);
        return b;
    }

    static EventRecord.Builder evidence(EventRecord.Builder b, String text) {
        b.evidence = new TextSpan(0, text.length(), text);
        return b;
    }
}
