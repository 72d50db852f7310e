package org.marsad.spark;

import java.util.Locale;

/** Counts of a run; {@code seconds} covers reading and extraction (and writing, for a full run). */
public record JobSummary(long documents, long records, long skipped, long failed, long mergedEvents, double seconds) {
    public double documentsPerSecond() { return seconds > 0 ? documents / seconds : 0; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "documents: %d, events: %d, merged events: %d, skipped (not Arabic): %d, failed: %d, time: %.1f s (%.1f documents/s)",
                documents, records, mergedEvents, skipped, failed, seconds, documentsPerSecond());
    }
}
