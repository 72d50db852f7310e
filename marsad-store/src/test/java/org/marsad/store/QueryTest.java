package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.Extractor;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SampleDocs;

class QueryTest {
    static EventStore store;
    @TempDir Path dir;

    @BeforeAll
    static void load() {
        store = EventStore.inMemory();
        StoreTestSupport.ingest(store, new FakeExtractor(), SampleDocs.all());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static EventQuery q(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return EventQuery.from(m::get);
    }

    static long total(EventQuery q) throws Exception {
        try (Connection c = store.reader()) {
            return StoreQueries.search(c, q).get("total").asLong();
        }
    }

    @Test
    void filtersByEachField() throws Exception {
        assertEquals(store.count("events"), total(q()));
        assertEquals(2, total(q("type", "protest")));
        assertEquals(1, total(q("mode", "aerial")));
        assertEquals(1, total(q("actor_country", "isr")));
        assertEquals(1, total(q("recipient_country", "ISR")));
        assertEquals(1, total(q("actor_sector", "COP")));
        assertEquals(1, total(q("recipient_org", "UN")));
        assertEquals(1, total(q("org", "UN")));
        assertEquals(1, total(q("recipient_sector", "IGO")));
        assertEquals(2, total(q("country", "EGY")));
        assertEquals(2, total(q("place", "gaza")));
        assertEquals(2, total(q("place", "غزة")));
        assertEquals(2, total(q("bbox", "31,29,32,31")));
        assertEquals(3, total(q("from", "2024-04")));
        assertEquals(2, total(q("from", "2024-03-01", "to", "2024-03-11")));
        assertEquals(1, total(q("q", "الجامعات")));
        assertEquals(0, total(q("claimant", "AMNESTY")));
        assertEquals(1, total(q("article", ContentHash.of(SampleDocs.all().get(2)))));
    }

    @Test
    void pagesAreDisjointAndNewestFirst() throws Exception {
        try (Connection c = store.reader()) {
            ObjectNode p1 = StoreQueries.search(c, q("limit", "2"));
            ObjectNode p2 = StoreQueries.search(c, q("limit", "2", "offset", "2"));
            assertEquals(2, p1.get("items").size());
            assertTrue(p1.get("items").get(0).get("date").asText().compareTo(p1.get("items").get(1).get("date").asText()) >= 0);
            assertTrue(!p1.get("items").get(0).get("id").equals(p2.get("items").get(0).get("id")));
        }
    }

    @Test
    void injectionStringsInTextFiltersMatchNothingAndHarmNothing() throws Exception {
        String[] attacks = {"' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "%", "%%", "EGY' --", "\\'; SELECT 1; --"};
        for (String p : new String[] {"type", "mode", "country", "actor_country", "actor_org", "actor_sector",
                "recipient_country", "recipient_org", "recipient_sector", "org", "place", "claimant", "q", "article"}) {
            for (String a : attacks) assertEquals(0, total(q(p, a)), p + "=" + a);
        }
        assertTrue(store.count("events") > 0);
    }

    @Test
    void malformedTypedFiltersAreRefused() {
        for (String[] kv : new String[][] {{"from", "2024-01-01' OR 1=1"}, {"to", "x"}, {"bbox", "1,2,3"}, {"bbox", "a,b,c,d"},
                {"limit", "1; DROP"}, {"limit", "100000"}, {"offset", "-1"}}) {
            assertThrows(IllegalArgumentException.class, () -> q(kv));
        }
    }

    @Test
    void eventDetailHasArticleEvidenceAndMentions() throws Exception {
        try (Connection c = store.reader()) {
            String id = StoreQueries.search(c, q("type", "ASSAULT")).get("items").get(0).get("id").asText();
            ObjectNode e = StoreQueries.event(c, id);
            assertNotNull(e);
            JsonNode ev = e.get("event");
            String text = e.get("article").get("text").asText();
            assertEquals(ev.get("trigger").get("text").asText(),
                    text.substring(ev.get("trigger").get("start").asInt(), ev.get("trigger").get("end").asInt()));
            assertEquals(e.get("evidence"), ev.get("evidence"));
            assertEquals(1, e.get("mentions").size());
            assertNotNull(e.get("merged").get("event_id"));
            assertNull(StoreQueries.event(c, "' OR 1=1 --"));
        }
    }

    @Test
    void countsTopActorsAndPlaces() throws Exception {
        try (Connection c = store.reader()) {
            JsonNode counts = StoreQueries.counts(c, EventQuery.all(), "month");
            long sum = 0;
            for (JsonNode n : counts) sum += n.get("count").asLong();
            assertEquals(store.count("events"), sum);
            assertEquals("2024-03-01", counts.get(0).get("period").asText());
            assertThrows(IllegalArgumentException.class, () -> StoreQueries.counts(c, EventQuery.all(), "month'); --"));
            JsonNode actors = StoreQueries.topActors(c, EventQuery.all(), "actor", 10);
            assertTrue(actors.size() >= 3);
            JsonNode places = StoreQueries.topPlaces(c, EventQuery.all(), 10);
            assertEquals("Cairo", places.get(0).get("name").asText());
            assertEquals(2, places.get(0).get("count").asInt());
            assertTrue(StoreQueries.facets(c).get("countries").size() >= 3);
        }
    }

    @Test
    void partiesTheTextDoesNotNameAreNotRankedAmongActors() throws Exception {
        FakeExtractor named = new FakeExtractor();
        // the same events, with every missing party filled as an unidentified party of the place's country
        Extractor inferred = new Extractor() {
            public java.util.List<EventRecord> extract(org.marsad.core.Document d) {
                java.util.List<EventRecord> out = new java.util.ArrayList<>();
                for (EventRecord r : named.extract(d)) {
                    EventRecord.Builder b = r.toBuilder();
                    if (b.actor == null) b.actor = ActorRef.unidentified("EGY");
                    if (b.recipient == null) b.recipient = ActorRef.unidentified("EGY");
                    out.add(b.build());
                }
                return out;
            }

            public String version() { return named.version(); }
        };
        try (EventStore s = EventStore.inMemory()) {
            StoreTestSupport.ingest(s, inferred, SampleDocs.all());
            try (Connection c = s.reader()) {
                for (String role : new String[] {"actor", "recipient"}) {
                    for (JsonNode a : StoreQueries.topActors(c, EventQuery.all(), role, 50)) {
                        assertTrue(!ActorRef.UNIDENTIFIED.equals(a.get("name").asText()), a.toString());
                    }
                }
                // they still count as the country's events
                assertTrue(StoreQueries.search(c, q("recipient_country", "EGY")).get("total").asLong() > 0);
            }
        }
    }

    @Test
    void exportsParseBack() throws Exception {
        long n = store.count("events");
        try (Connection c = store.reader()) {
            ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
            Exporter.export(c, EventQuery.all(), Exporter.Format.JSONL, jsonl);
            String[] lines = jsonl.toString(StandardCharsets.UTF_8).split("\n");
            assertEquals(n, lines.length);
            for (String l : lines) assertNotNull(RecordJson.read(l).event());

            ByteArrayOutputStream geo = new ByteArrayOutputStream();
            Exporter.export(c, q("type", "PROTEST"), Exporter.Format.GEOJSON, geo);
            JsonNode fc = RecordJson.MAPPER.readTree(geo.toByteArray());
            assertEquals("FeatureCollection", fc.get("type").asText());
            assertEquals(2, fc.get("features").size());
            assertEquals(2, fc.get("features").get(0).get("geometry").get("coordinates").size());

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            Exporter.export(c, EventQuery.all(), Exporter.Format.CSV, csv);
            String[] rows = csv.toString(StandardCharsets.UTF_8).split("\n");
            assertTrue(rows[0].startsWith("uid,article_hash,id,"));
            assertTrue(rows.length > n);

            ByteArrayOutputStream pq = new ByteArrayOutputStream();
            Exporter.export(c, q("country", "EGY"), Exporter.Format.PARQUET, pq);
            Path f = dir.resolve("out.parquet");
            Files.write(f, pq.toByteArray());
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), min(place_name) FROM read_parquet('" + f + "')")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
                assertEquals("Cairo", rs.getString(2));
            }
        }
    }
}
