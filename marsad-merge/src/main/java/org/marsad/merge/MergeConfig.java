package org.marsad.merge;

/** Thresholds for deciding that two records report the same real-world event. */
public record MergeConfig(double radiusKm, int dateWindowDays) {
    public static final MergeConfig DEFAULT = new MergeConfig(50, 2);
}
