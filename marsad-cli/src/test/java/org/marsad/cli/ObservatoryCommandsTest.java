package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.TextSpan;
import org.marsad.server.ObservatoryServer;
import org.marsad.server.ServerOptions;
import org.marsad.store.EventStore;

class ObservatoryCommandsTest {
    @TempDir Path dir;

    private Path docs() throws Exception {
        Path f = dir.resolve("docs.jsonl");
        Files.writeString(f, """
                {"id": "a1", "date": "2024-01-02", "source": "S", "text": "تظاهر طلاب في القاهرة أمس ضد رفع الرسوم."}
                {"id": "a2", "date": "2024-01-03", "source": "S", "text": "التقى الوزير ممثل الأمم المتحدة في عمان."}
                {"id": "a3", "text": "An English line that is skipped."}
                """, StandardCharsets.UTF_8);
        return f;
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestTwiceStoresOnce() throws Exception {
        Path db = dir.resolve("m.duckdb");
        Path in = docs();
        String first = stderrOf(() -> assertEquals(0, Main.run("ingest", in.toString(), "--db", db.toString())));
        assertTrue(first.contains("stored: 2"), first);
        assertTrue(first.contains("skipped (not Arabic): 1"), first);
        String second = stderrOf(() -> assertEquals(0, Main.run("ingest", in.toString(), "--db", db.toString(), "--quiet")));
        assertTrue(second.contains("stored: 0") && second.contains("already stored: 2"), second);
        try (EventStore store = EventStore.open(db)) {
            assertEquals(2, store.count("articles"));
        }
    }

    @Test
    void ingestRefusesWhileAnotherProcessHoldsTheDatabase() throws Exception {
        Path db = dir.resolve("locked.duckdb");
        Path in = docs();
        try (EventStore held = EventStore.open(db)) {
            // A second process, as `marsad ingest` started while `marsad serve` runs.
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.marsad.cli.Main", "ingest", in.toString(), "--db", db.toString())
                    .redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, p.exitValue(), out);
            assertTrue(out.contains("in use by another process") && out.contains("/api/ingest"), out);
        }
    }

    @Test
    void aKilledIngestResumesWithNothingLostOrDuplicated() throws Exception {
        Path db = dir.resolve("killed.duckdb");
        Path in = dir.resolve("many.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append("{\"id\": \"k").append(i).append("\", \"text\": \"تظاهر طلاب في القاهرة للمرة ").append(i)
                    .append(" احتجاجا على الأسعار.\"}\n");
        }
        Files.writeString(in, b.toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.marsad.cli.Main", "ingest", in.toString(), "--db", db.toString(),
                "--threads", "1").redirectErrorStream(true).start();
        // Kill it (no shutdown hooks, no clean close) once it has begun storing.
        StringBuilder out = new StringBuilder();
        var reader = new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("stored ") && System.nanoTime() < deadline) {
            int c = reader.read();
            if (c < 0) break;
            out.append((char) c);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String log = stderrOf(() -> assertEquals(0, Main.run("ingest", in.toString(), "--db", db.toString(), "--quiet")));
        assertTrue(log.contains("documents read: 400"), log);
        try (EventStore store = EventStore.open(db); Connection c = store.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT doc_id) FROM articles")) {
            rs.next();
            assertEquals(400, rs.getInt(1));
            assertEquals(400, rs.getInt(2));
        }
    }

    @Test
    void recodeKeepsTheOldRecordsInHistory() throws Exception {
        Path db = dir.resolve("r.duckdb");
        Document d = new Document("old-1", "تظاهر طلاب في القاهرة.", null, java.time.LocalDate.parse("2024-01-02"), "S", null, "test");
        EventRecord.Builder b = EventRecord.builder();
        b.id = "old-record";
        b.docId = "old-1";
        b.event = "PROTEST";
        b.mode = "demonstrate";
        b.date = "2024-01-02";
        b.trigger = new TextSpan(0, 5, "تظاهر");
        b.evidence = new TextSpan(0, d.text().length(), d.text());
        b.engine = "marsad 0.0.1 (kb old)";
        try (EventStore store = EventStore.open(db)) {
            store.addArticle(d, List.of(b.build()), "marsad 0.0.1 (kb old)");
        }
        String log = stderrOf(() -> assertEquals(0, Main.run("recode", "--db", db.toString())));
        assertTrue(log.contains("articles re-extracted: 1"), log);
        try (EventStore store = EventStore.open(db); Connection c = store.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, engine, superseded_by FROM event_history")) {
            assertTrue(rs.next());
            assertEquals("old-record", rs.getString(1));
            assertEquals("marsad 0.0.1 (kb old)", rs.getString(2));
            assertTrue(rs.getString(3).startsWith("marsad "));
        }
        assertEquals(2, Main.run("recode", "--db", dir.resolve("none.duckdb").toString()));
    }

    @Test
    void demoIngestsTheBundledSample() {
        Path db = dir.resolve("demo.duckdb");
        String log = stderrOf(() -> assertEquals(0, Main.run("demo", "--db", db.toString(), "--no-serve")));
        assertTrue(log.contains("stored: "), log);
        try (EventStore store = EventStore.open(db)) {
            assertTrue(store.count("articles") >= 1);
        }
    }

    @Test
    void serveAnswersTheApiAndThePage() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Main.run("ingest", docs().toString(), "--db", db.toString(), "--quiet");
        try (EventStore store = EventStore.open(db);
             ObservatoryServer server = ServeCommand.start(store, ServerOptions.defaults().withHostPort("127.0.0.1", 0))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains("\"articles\":2"), health.body());
        }
        assertEquals(2, Main.run("serve", "--db", dir.resolve("missing.duckdb").toString(), "--read-only"));
    }
}
