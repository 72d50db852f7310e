package org.marsad.store;

import java.util.List;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.Extractor;
import org.marsad.merge.EventMerger;

/**
 * Extracts again the stored articles whose records came from another engine version. The
 * records they replace stay in {@code event_history}, with the version that replaced them.
 */
public final class Recoder {
    private final EventStore store;
    private final Extractor extractor;
    private final EventMerger merger;

    public Recoder(EventStore store, Extractor extractor, EventMerger merger) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
    }

    public record Summary(int articles, int failed, long events, int merged) {
        @Override
        public String toString() {
            return "articles re-extracted: " + articles + ", failed: " + failed + ", events now stored for them: " + events
                    + ", merged events: " + merged;
        }
    }

    public Summary run(Ingester.Progress progress) {
        List<String> stale = store.articlesCodedOtherThan(extractor.version());
        int done = 0, failed = 0;
        long events = 0;
        for (String hash : stale) {
            StoredArticle a = store.article(hash);
            try {
                List<EventRecord> records = extractor.extract(a.toDocument());
                store.replaceEvents(hash, records, extractor.version());
                done++;
                events += records.size();
            } catch (RuntimeException e) {
                failed++;
                if (progress != null) progress.message("error: article " + a.docId() + ": " + e);
            }
        }
        int merged = done > 0 ? store.rebuildMerged(merger) : (int) store.count("merged_events");
        return new Summary(done, failed, events, merged);
    }
}
