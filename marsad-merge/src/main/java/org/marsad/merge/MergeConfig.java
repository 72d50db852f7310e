package org.marsad.merge;

/**
 * Thresholds for deciding that two records report the same real-world event.
 *
 * @param radiusKm       two located records merge only when their places lie within this distance
 * @param dateWindowDays two records merge only when their event dates lie at most this many days apart
 * @param copyJaccard    two documents are copies when the estimated Jaccard similarity of their word shingles reaches this
 * @param shingleWords   words per shingle for copy fingerprints
 */
public record MergeConfig(double radiusKm, int dateWindowDays, double copyJaccard, int shingleWords) {
    public static final MergeConfig DEFAULT = new MergeConfig(50, 2);

    public MergeConfig {
        if (radiusKm < 0 || dateWindowDays < 0) throw new IllegalArgumentException("radius and window must not be negative");
        if (copyJaccard <= 0 || copyJaccard > 1) throw new IllegalArgumentException("copyJaccard must be in (0, 1]");
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be positive");
    }

    public MergeConfig(double radiusKm, int dateWindowDays) {
        this(radiusKm, dateWindowDays, 0.6, 5);
    }

    public MergeConfig withRadiusKm(double r) { return new MergeConfig(r, dateWindowDays, copyJaccard, shingleWords); }

    public MergeConfig withDateWindowDays(int d) { return new MergeConfig(radiusKm, d, copyJaccard, shingleWords); }

    public MergeConfig withCopyJaccard(double j) { return new MergeConfig(radiusKm, dateWindowDays, j, shingleWords); }
}
