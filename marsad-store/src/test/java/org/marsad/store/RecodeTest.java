package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SampleDocs;

class RecodeTest {
    @Test
    void reExtractsOldArticlesAndKeepsTheOldRecordsInHistory() throws Exception {
        try (EventStore store = EventStore.inMemory()) {
            StoreTestSupport.ingest(store, new FakeExtractor("fake 1.0"), SampleDocs.all());
            long events = store.count("events");
            FakeExtractor v2 = new FakeExtractor("fake 2.0");
            Recoder.Summary s = new Recoder(store, v2, new EventMerger(MergeConfig.DEFAULT)).run(null);
            assertEquals(5, s.articles());
            assertEquals(events, store.count("events"));
            assertEquals(events, store.count("event_history"));
            try (Connection c = store.reader(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT engine FROM events")) {
                    rs.next();
                    assertEquals("fake 2.0", rs.getString(1));
                }
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT engine, superseded_by FROM event_history")) {
                    rs.next();
                    assertEquals("fake 1.0", rs.getString(1));
                    assertEquals("fake 2.0", rs.getString(2));
                }
            }
            // Nothing left to do at the same version.
            assertEquals(0, new Recoder(store, v2, new EventMerger(MergeConfig.DEFAULT)).run(null).articles());
        }
    }
}
