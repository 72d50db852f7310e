package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SampleDocs;

class IngestTest {
    @TempDir Path dir;

    private final FakeExtractor extractor = new FakeExtractor();

    private long expectedEvents() {
        return SampleDocs.all().stream().mapToLong(d -> extractor.extract(d).size()).sum();
    }

    @Test
    void storesArticlesEventsAndMergedEvents() {
        try (EventStore store = EventStore.inMemory()) {
            Ingester.Summary s = StoreTestSupport.ingest(store, extractor, SampleDocs.all());
            assertEquals(5, s.stored);
            assertEquals(expectedEvents(), s.events);
            assertEquals(5, store.count("articles"));
            assertEquals(expectedEvents(), store.count("events"));
            assertEquals(expectedEvents(), store.count("merged_events"));
        }
    }

    @Test
    void ingestingTwiceStoresNothingNew() {
        try (EventStore store = EventStore.inMemory()) {
            StoreTestSupport.ingest(store, extractor, SampleDocs.all());
            List<Document> twice = new ArrayList<>(SampleDocs.all());
            twice.addAll(SampleDocs.all());
            Ingester.Summary s = StoreTestSupport.ingest(store, extractor, twice);
            assertEquals(0, s.stored);
            assertEquals(10, s.alreadyStored);
            assertEquals(5, store.count("articles"));
            assertEquals(expectedEvents(), store.count("events"));
        }
    }

    @Test
    void resumesAfterACrashWithNothingLostOrDuplicated() {
        Path db = dir.resolve("crash.duckdb");
        List<Document> docs = SampleDocs.all();
        try (EventStore store = EventStore.open(db)) {
            // The input stops with an error after three documents, as a killed process would.
            assertThrows(IllegalStateException.class, () -> new Ingester(store, extractor, null, 2, null).run(sink -> {
                for (int i = 0; i < 3; i++) sink.accept(docs.get(i));
                throw new IllegalStateException("crash");
            }));
        }
        try (EventStore store = EventStore.open(db)) {
            long before = store.count("articles");
            assertTrue(before <= 3);
            Ingester.Summary s = StoreTestSupport.ingest(store, extractor, docs);
            assertEquals(5 - before, s.stored);
            assertEquals(5, store.count("articles"));
            assertEquals(expectedEvents(), store.count("events"));
        }
    }

    @Test
    void anArticleAndItsEventsAreStoredTogetherOrNotAtAll() {
        try (EventStore store = EventStore.inMemory()) {
            Document d = SampleDocs.all().get(0);
            List<EventRecord> real = extractor.extract(d);
            // A record list that fails half way through the insert.
            List<EventRecord> failing = new ArrayList<>(real) {
                @Override
                public Iterator<EventRecord> iterator() {
                    Iterator<EventRecord> it = super.iterator();
                    return new Iterator<>() {
                        int n;
                        public boolean hasNext() { return it.hasNext(); }
                        public EventRecord next() {
                            if (++n > 1) throw new IllegalStateException("disk full");
                            return it.next();
                        }
                    };
                }
            };
            assertThrows(IllegalStateException.class, () -> store.addArticle(d, failing, "v"));
            assertEquals(0, store.count("articles"));
            assertEquals(0, store.count("events"));
            assertTrue(store.addArticle(d, real, "v"));
            assertFalse(store.addArticle(d, real, "v"));
            assertEquals(real.size(), store.count("events"));
        }
    }

    @Test
    void sameRecordIdFromAnotherArticleGetsItsOwnKey() throws Exception {
        try (EventStore store = EventStore.inMemory()) {
            Document a = SampleDocs.doc("same", "2024-01-01", "A", "تظاهر طلاب في القاهرة.");
            Document b = SampleDocs.doc("same", "2024-01-01", "A", "تظاهر طلاب في القاهرة. نص آخر.");
            store.addArticle(a, extractor.extract(a), "v");
            store.addArticle(b, extractor.extract(b), "v");
            assertEquals(2, store.count("events"));
            try (Connection c = store.reader(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(DISTINCT uid), count(DISTINCT id) FROM events")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
                assertEquals(1, rs.getInt(2));
            }
        }
    }

    @Test
    void skipsTextThatIsNotArabic() {
        try (EventStore store = EventStore.inMemory()) {
            Ingester.Summary s = StoreTestSupport.ingest(store, extractor,
                    List.of(SampleDocs.doc("en", "2024-01-01", "X", "Protesters marched in Cairo.")));
            assertEquals(1, s.skipped);
            assertEquals(0, store.count("articles"));
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() {
        Path db = dir.resolve("locked.duckdb");
        try (EventStore store = EventStore.open(db)) {
            // Within one process DuckDB shares the instance; the lock only shows across processes,
            // which the command-line test covers. Here: the message for a read-only open of a missing file.
            StoreException e = assertThrows(StoreException.class, () -> EventStore.open(dir.resolve("none.duckdb"), true));
            assertTrue(e.getMessage().contains("no database"));
        }
    }
}
