package org.marsad.store;

import java.util.List;
import org.marsad.core.Document;
import org.marsad.engine.Extractor;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;

final class StoreTestSupport {
    private StoreTestSupport() {}

    static Ingester.Summary ingest(EventStore store, Extractor extractor, List<Document> docs) {
        return new Ingester(store, extractor, new EventMerger(MergeConfig.DEFAULT), 2, null).run(sink -> {
            for (Document d : docs) if (!sink.accept(d)) return;
        });
    }
}
