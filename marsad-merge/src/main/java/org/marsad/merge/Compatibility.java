package org.marsad.merge;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.GeoDistance;
import org.marsad.core.record.ActorRef;

/** Whether two records of one family can report the same real-world event. */
final class Compatibility {
    private final MergeConfig config;

    Compatibility(MergeConfig config) {
        this.config = config;
    }

    boolean compatible(MergeItem a, MergeItem b) {
        // Two records of one document were kept apart by the extractor: they are different events.
        if (a.record.docId() != null && a.record.docId().equals(b.record.docId())) return false;
        if (!a.family.equals(b.family)) return false;
        if (a.span != null && b.span != null && a.span.gap(b.span) > config.dateWindowDays()) return false;
        if (!actorsCompatible(a.record.actor(), b.record.actor())) return false;
        if (!actorsCompatible(a.record.recipient(), b.record.recipient())) return false;
        return placesCompatible(a, b);
    }

    /**
     * Both located finely: within the radius. Otherwise (a coarse or unknown place): the same country, and the
     * same first-level division when both places name one.
     */
    boolean placesCompatible(MergeItem a, MergeItem b) {
        if (a.located && b.located) return GeoDistance.km(a.lat, a.lon, b.lat, b.lon) <= config.radiusKm();
        if (!Objects.equals(a.country, b.country)) return false;
        return a.admin1 == null || b.admin1 == null || a.admin1.equalsIgnoreCase(b.admin1);
    }

    /**
     * Compatible when either side is unknown or they share a country or organisation key, unless one is the
     * state's forces or government and the other an armed group fighting it (same country, opposed sectors).
     */
    static boolean actorsCompatible(ActorRef a, ActorRef b) {
        if (a == null || b == null) return true;
        if (a.country() == null && a.org() == null) return true;
        if (b.country() == null && b.org() == null) return true;
        if (a.org() != null && a.org().equals(b.org())) return true;
        if (a.country() == null || !a.country().equals(b.country())) return false;
        return !opposed(a.sector(), b.sector());
    }

    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

    private static boolean opposed(String s1, String s2) {
        if (s1 == null || s2 == null) return false;
        return (STATE.contains(s1) && s2.equals("REB")) || (STATE.contains(s2) && s1.equals("REB"));
    }

    /** Lower is closer: days apart plus distance in radii; used to pick among compatible events. */
    double cost(MergeItem a, MergeItem b) {
        double c = a.span != null && b.span != null ? a.span.gap(b.span) : config.dateWindowDays();
        if (a.located && b.located) c += GeoDistance.km(a.lat, a.lon, b.lat, b.lon) / Math.max(1, config.radiusKm());
        else c += 1;
        return c;
    }
}
