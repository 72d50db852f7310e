package org.marsad.merge;

import java.util.Set;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/** A record with what merging looks at worked out once: family, day range, country, place, copy cluster. */
final class MergeItem {
    private static final Set<String> COARSE_PRECISION = Set.of("country", "region", "admin1");

    final EventRecord record;
    final String family;
    final DateSpan span;
    final String country;
    final boolean located;
    final double lat, lon;
    /** The first-level division (province, governorate), when known: a named one, or the place itself at that level. */
    final String admin1;
    /** Documents in one copy cluster are one report. */
    final String reportKey;

    MergeItem(EventRecord r, String family, String copyCluster) {
        this.record = r;
        this.family = family;
        DateSpan d = DateSpan.parse(r.date());
        this.span = d != null ? d : DateSpan.parse(r.published());
        this.country = eventCountry(r);
        PlaceRef p = r.location();
        this.located = p != null && p.lat() != null && p.lon() != null
                && (p.precision() == null || !COARSE_PRECISION.contains(p.precision()));
        this.lat = located ? p.lat() : Double.NaN;
        this.lon = located ? p.lon() : Double.NaN;
        this.admin1 = p == null ? null : p.admin1() != null ? p.admin1() : "admin1".equals(p.precision()) ? p.name() : null;
        this.reportKey = copyCluster != null ? copyCluster : r.docId() != null ? r.docId() : r.id();
    }

    /** The country where the event happened: the place's, else the actor's, else the recipient's. */
    static String eventCountry(EventRecord r) {
        if (r.location() != null && r.location().country() != null) return r.location().country();
        ActorRef a = r.actor();
        if (a != null && a.country() != null) return a.country();
        ActorRef b = r.recipient();
        if (b != null && b.country() != null) return b.country();
        return null;
    }

    String blockKey() { return family + "|" + (country == null ? "?" : country); }
}
