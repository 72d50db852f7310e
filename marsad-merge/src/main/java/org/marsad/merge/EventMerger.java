package org.marsad.merge;

import java.util.List;
import org.marsad.core.record.EventRecord;

/** Groups article-level records of the same real-world event into merged events. */
public final class EventMerger {
    private final MergeConfig config;

    public EventMerger(MergeConfig config) {
        this.config = config;
    }

    public MergeConfig config() { return config; }

    /** One merged event per group of records that report the same event. */
    public List<MergedEvent> merge(List<EventRecord> records) {
        return records.stream().map(MergedEvent::single).toList();
    }
}
