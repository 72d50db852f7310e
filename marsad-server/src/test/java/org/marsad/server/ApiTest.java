package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SampleDocs;

class ApiTest {
    static EventStore store;
    static ObservatoryServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        store = EventStore.inMemory();
        FakeExtractor fake = new FakeExtractor();
        new Ingester(store, fake, new EventMerger(MergeConfig.DEFAULT), 2, null).run(sink -> SampleDocs.all().forEach(sink::accept));
        server = new ObservatoryServer(store, () -> fake, new EventMerger(MergeConfig.DEFAULT),
                ServerOptions.defaults().withHostPort("127.0.0.1", 0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return ObservatoryServer.json(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void filtersAndPaging() throws Exception {
        assertEquals(6, json("/api/events").get("total").asInt());
        assertEquals(2, json("/api/events?type=PROTEST").get("total").asInt());
        assertEquals(2, json("/api/events?country=EGY").get("total").asInt());
        assertEquals(1, json("/api/events?actor_country=JOR&recipient_org=UN").get("total").asInt());
        assertEquals(2, json("/api/events?place=" + enc("غزة")).get("total").asInt());
        assertEquals(2, json("/api/events?bbox=31,29,32,31").get("total").asInt());
        assertEquals(3, json("/api/events?from=2024-04-01&to=2024-12-31").get("total").asInt());
        assertEquals(1, json("/api/events?q=" + enc("الجامعات")).get("total").asInt());
        JsonNode p1 = json("/api/events?limit=4");
        JsonNode p2 = json("/api/events?limit=4&offset=4");
        assertEquals(4, p1.get("items").size());
        assertEquals(2, p2.get("items").size());
        assertNotEquals(p1.get("items").get(0).get("id"), p2.get("items").get(0).get("id"));
    }

    @Test
    void injectionStringsInEveryFilterGiveEmptyResults() throws Exception {
        String[] attacks = {"' OR '1'='1", "'; DROP TABLE events; --", "1) OR (1=1", "EGY' --", "%", "\" OR \"\"=\""};
        for (String p : new String[] {"type", "mode", "country", "actor_country", "actor_org", "actor_sector", "recipient_country",
                "recipient_org", "recipient_sector", "org", "place", "claimant", "q", "article"}) {
            for (String a : attacks) {
                JsonNode page = json("/api/events?" + p + "=" + enc(a));
                assertEquals(0, page.get("total").asInt(), p + "=" + a);
                assertEquals(0, page.get("items").size());
                if (a.startsWith("'")) {
                    assertEquals(0, json("/api/counts?" + p + "=" + enc(a)).size());
                    assertEquals(0, json("/api/top/places?" + p + "=" + enc(a)).size());
                }
            }
        }
        for (String p : new String[] {"from", "to", "bbox", "limit", "offset", "interval", "n"}) {
            HttpResponse<String> r = get((p.equals("interval") ? "/api/counts?" : p.equals("n") ? "/api/top/places?" : "/api/events?")
                    + p + "=" + enc("1' OR '1'='1"));
            assertEquals(400, r.statusCode(), p);
            assertTrue(ObservatoryServer.json(r.body()).get("error").asText().length() > 0);
        }
        assertEquals(404, get("/api/events/" + enc("' OR 1=1 --")).statusCode());
        assertEquals(6, json("/api/events").get("total").asInt());
    }

    @Test
    void eventDetail() throws Exception {
        String id = json("/api/events?type=ASSAULT").get("items").get(0).get("id").asText();
        JsonNode d = json("/api/events/" + id);
        JsonNode trig = d.get("event").get("trigger");
        assertEquals(trig.get("text").asText(), d.get("article").get("text").asText().substring(trig.get("start").asInt(), trig.get("end").asInt()));
        assertEquals(1, d.get("mentions").size());
        assertTrue(d.get("merged").has("event_id"));
        assertEquals(404, get("/api/events/nope").statusCode());
    }

    @Test
    void countsAndTops() throws Exception {
        JsonNode counts = json("/api/counts?interval=month");
        int sum = 0;
        for (JsonNode c : counts) sum += c.get("count").asInt();
        assertEquals(6, sum);
        int protests = 0;
        for (JsonNode c : json("/api/counts?interval=month&type=PROTEST")) protests += c.get("count").asInt();
        assertEquals(2, protests);
        assertTrue(json("/api/top/actors?n=3").size() <= 3);
        assertEquals("Jordan foreign minister", json("/api/top/actors").get(0).get("name").asText());
        assertEquals(2, json("/api/top/actors?role=recipient").size());
        assertEquals("Cairo", json("/api/top/places").get(0).get("name").asText());
        assertTrue(json("/api/facets").get("types").size() >= 4);
    }

    @Test
    void exportsParse() throws Exception {
        String[] lines = get("/api/export?format=jsonl").body().split("\n");
        assertEquals(6, lines.length);
        for (String l : lines) ObservatoryServer.json(l);
        JsonNode geo = json("/api/export?format=geojson&type=PROTEST");
        assertEquals(2, geo.get("features").size());
        HttpResponse<String> csv = get("/api/export?format=csv&country=EGY");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("uid,"));
        HttpResponse<byte[]> pq = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/export?format=parquet&type=PROTEST")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pq.statusCode());
        Path f = dir.resolve("events.parquet");
        Files.write(f, pq.body());
        try (Connection c = store.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), min(event) FROM read_parquet('" + f + "')")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals("PROTEST", rs.getString(2));
        }
        assertEquals(400, get("/api/export?format=xlsx").statusCode());
    }

    @Test
    void openApiAndCountryShapes() throws Exception {
        JsonNode api = json("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String p : new String[] {"/api/events", "/api/events/{id}", "/api/counts", "/api/top/actors", "/api/top/places", "/api/export", "/api/ingest"}) {
            assertTrue(api.get("paths").has(p), p);
        }
        JsonNode geo = json("/api/geo/countries");
        assertTrue(geo.get("features").size() > 150);
        boolean egypt = false;
        for (JsonNode f : geo.get("features")) {
            if (f.get("properties").get("name").asText().equals("Egypt")) {
                egypt = true;
                JsonNode ring = f.get("geometry").get("coordinates").get(0);
                assertEquals(ring.get(0), ring.get(ring.size() - 1));
                double lon = ring.get(0).get(0).asDouble(), lat = ring.get(0).get(1).asDouble();
                assertTrue(lon > 24 && lon < 37 && lat > 21 && lat < 32, lon + "," + lat);
            }
        }
        assertTrue(egypt);
    }

    @Test
    void staticFilesSecurityHeadersAndNoTraversal() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("dir=\"rtl\""));
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertNull(index.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        assertFalse(index.body().contains("http://") && index.body().contains("cdn"));
        for (String p : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                "/webjars/../../../../etc/passwd", "/%2e%2e%2f%2e%2e%2forg/marsad/server/ObservatoryServer.class",
                "/../ObservatoryServer.class"}) {
            HttpResponse<String> r;
            try {
                r = get(p);
            } catch (IllegalArgumentException e) {
                continue; // the client itself refuses the path
            }
            assertNotEquals(200, r.statusCode(), p);
            assertFalse(r.body().contains("root:"), p);
        }
    }

    @Test
    void ingestWithATokenNeedsTheToken() throws Exception {
        try (EventStore other = EventStore.inMemory();
             ObservatoryServer guarded = new ObservatoryServer(other, FakeExtractor::new, new EventMerger(MergeConfig.DEFAULT),
                     ServerOptions.defaults().withHostPort("127.0.0.1", 0).withIngestToken("s3cret")).start()) {
            String body = "{\"id\": \"t1\", \"text\": \"تظاهر طلاب في عمان.\"}\n";
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/ingest"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode());
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/ingest"))
                    .header("Authorization", "Bearer nope").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, wrong.statusCode());
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/ingest"))
                    .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(1, other.count("articles"));
        }
    }

    @Test
    void corsOnlyWhenAsked() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/events"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void ingestThroughTheServerAndSizeLimit() throws Exception {
        String body = "{\"id\": \"posted-1\", \"date\": \"2024-06-01\", \"source\": \"Posted\", \"text\": \"تظاهر طلاب في عمان أمام السفارة.\"}\n"
                + "{\"id\": \"broken\"\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode s = ObservatoryServer.json(r.body());
        assertEquals(1, s.get("stored").asInt());
        assertEquals(1, s.get("failed").asInt());
        assertEquals(1, json("/api/events?place=amman&type=PROTEST").get("total").asInt());
        r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(1, ObservatoryServer.json(r.body()).get("already_stored").asInt());
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
        // Clean up so other tests see the sample only.
        try (Connection c = store.reader(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM events WHERE doc_id = 'posted-1'");
            st.execute("DELETE FROM articles WHERE doc_id = 'posted-1'");
        }
    }
}
