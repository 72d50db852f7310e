package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;

/** The extract command end to end: bad inputs reported, good ones extracted, formats, limits, threads. */
class ExtractCommandTest {
    @TempDir Path dir;

    private static final String ARREST = "اعتقلت الشرطة التركية صحفيا في إسطنبول أمس.";
    private static final String PROTEST = "تظاهر آلاف الطلاب في الجزائر ضد الحكومة.";

    private record Run(int exit, String stderr) {}

    private static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setErr(old);
        }
        return new Run(exit, buf.toString(StandardCharsets.UTF_8));
    }

    private static List<EventRecord> records(Path jsonl) throws Exception {
        List<EventRecord> out = new ArrayList<>();
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) if (!l.isBlank()) out.add(RecordJson.read(l));
        return out;
    }

    private static String line(String id, String date, String text) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"source\": \"Test News\", \"url\": \"https://example.org/" + id
                + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}\n";
    }

    @Test
    void badFilesAreReportedAndTheRestExtracted() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), ARREST, StandardCharsets.UTF_8);
        Files.write(in.resolve("b-binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0x14, 0, 0, 0, 0});
        byte[] arabic = PROTEST.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[arabic.length + 2];
        System.arraycopy(arabic, 0, broken, 0, arabic.length);
        broken[arabic.length] = (byte) 0xC3;
        broken[arabic.length + 1] = (byte) 0x28;
        Files.write(in.resolve("c-invalid.txt"), broken);
        Files.writeString(in.resolve("d-docs.jsonl"), line("j1", "2018-07-15", ARREST) + "{\"id\": \"j2\", \"text\": \n"
                + line("j3", "2018-07-15", PROTEST), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("e-english.txt"), "Police arrested a journalist in Istanbul yesterday.", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        Run r = run("extract", "--input", in.toString(), "--output", out.toString(), "--quiet", "--threads", "2");

        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("b-binary.txt: binary file"), r.stderr());
        assertTrue(r.stderr().contains("c-invalid.txt: not valid UTF-8"), r.stderr());
        assertTrue(r.stderr().contains("d-docs.jsonl:2: malformed JSON"), r.stderr());
        assertTrue(r.stderr().contains("skipped") && r.stderr().contains("e-english.txt") && r.stderr().contains("not mainly Arabic"), r.stderr());
        assertTrue(r.stderr().contains("documents: 3") && r.stderr().contains("failed: 3") && r.stderr().contains("skipped (not Arabic): 1"), r.stderr());
        Set<String> docs = new LinkedHashSet<>();
        for (EventRecord rec : records(out)) docs.add(rec.docId());
        assertEquals(3, docs.size(), docs.toString());
        assertTrue(docs.contains("j1") && docs.contains("j3"), docs.toString());
    }

    @Test
    void aCleanRunExitsZero() throws Exception {
        Path in = dir.resolve("docs.jsonl");
        Files.writeString(in, line("j1", "2018-07-15", ARREST), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        Run r = run("extract", "--input", in.toString(), "--output", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("COERCE", records(out).get(0).event());
    }

    @Test
    void everyRecordHasProvenanceEngineAndSpansThatMatchTheText() throws Exception {
        Path in = dir.resolve("sample.jsonl");
        try (InputStream s = getClass().getResourceAsStream("/org/marsad/sample/docs.jsonl")) {
            Files.copy(s, in);
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, String> dates = new HashMap<>();
        for (String l : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            var node = RecordJson.MAPPER.readTree(l);
            texts.put(node.get("id").asText(), node.get("text").asText());
            dates.put(node.get("id").asText(), node.get("date").asText());
        }
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, run("extract", "--input", in.toString(), "--output", out.toString(), "--quiet").exit());
        List<EventRecord> recs = records(out);
        assertTrue(recs.size() > 50, "records: " + recs.size());
        for (EventRecord r : recs) {
            String text = texts.get(r.docId());
            assertNotNull(text, r.docId());
            assertNotNull(r.id());
            assertNotNull(r.source(), r.id());
            assertNotNull(r.url(), r.id());
            assertEquals(dates.get(r.docId()), r.published());
            assertTrue(r.engine() != null && r.engine().startsWith("marsad "), r.engine());
            assertNotNull(r.event());
            assertNotNull(r.quad());
            assertEquals(text.substring(r.trigger().start(), r.trigger().end()), r.trigger().text(), r.id());
            assertEquals(text.substring(r.evidence().start(), r.evidence().end()), r.evidence().text(), r.id());
            assertTrue(r.evidence().start() <= r.trigger().start() && r.trigger().end() <= r.evidence().end(), r.id());
        }
    }

    @Test
    void outputIsTheSameWithOneThreadOrTwo() throws Exception {
        Path in = dir.resolve("sample.jsonl");
        try (InputStream s = getClass().getResourceAsStream("/org/marsad/sample/docs.jsonl")) {
            Files.copy(s, in);
        }
        Path one = dir.resolve("one.jsonl"), two = dir.resolve("two.jsonl");
        assertEquals(0, run("extract", "--input", in.toString(), "--output", one.toString(), "--quiet", "--threads", "1").exit());
        assertEquals(0, run("extract", "--input", in.toString(), "--output", two.toString(), "--quiet", "--threads", "2").exit());
        assertTrue(Files.size(one) > 0);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void limitStopsAfterThatManyDocuments() throws Exception {
        Path in = dir.resolve("docs.jsonl");
        Files.writeString(in, line("j1", "2018-07-15", ARREST) + line("j2", "2018-07-15", PROTEST)
                + line("j3", "2018-07-15", ARREST) + line("j4", "2018-07-15", PROTEST), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        Run r = run("extract", "--input", in.toString(), "--output", out.toString(), "--quiet", "--limit", "2");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("documents: 2"), r.stderr());
        Set<String> docs = new LinkedHashSet<>();
        for (EventRecord rec : records(out)) docs.add(rec.docId());
        assertEquals(List.of("j1", "j2"), new ArrayList<>(docs));
    }

    @Test
    void csvHasAHeaderAndEscapedRows() throws Exception {
        Path in = dir.resolve("docs.jsonl");
        // quotes and an ASCII comma in the sentence must be escaped
        Files.writeString(in, line("c1", "2018-07-15", "وقال المتحدث باسم الحكومة, في بيان: \"ندين هذا الاعتداء\".") + line("c2", "2018-07-15", ARREST),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        Run r = run("extract", "--input", in.toString(), "--output", out.toString(), "--quiet", "--format", "csv");
        assertEquals(0, r.exit(), r.stderr());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(CsvRecordWriter.HEADER + "\r\n"), csv);
        List<List<String>> rows = parseCsv(csv);
        List<String> header = rows.get(0);
        assertTrue(rows.size() >= 3, csv);
        int evidence = header.indexOf("evidence_text"), event = header.indexOf("event"), docId = header.indexOf("doc_id");
        boolean sawQuoted = false;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), row.toString());
            if (row.get(docId).equals("c1")) {
                assertTrue(row.get(evidence).contains("\"ندين هذا الاعتداء\""), row.get(evidence));
                assertTrue(row.get(evidence).contains("الحكومة, في"), row.get(evidence));
                sawQuoted = true;
            }
        }
        assertTrue(sawQuoted, csv);
        assertTrue(rows.stream().anyMatch(row -> row.get(event).equals("COERCE")));
    }

    @Test
    void csvEscapingFollowsRfc4180() {
        assertEquals("", CsvRecordWriter.escape(null));
        assertEquals("plain", CsvRecordWriter.escape("plain"));
        assertEquals("12", CsvRecordWriter.escape(12));
        assertEquals("\"a,b\"", CsvRecordWriter.escape("a,b"));
        assertEquals("\"say \"\"no\"\"\"", CsvRecordWriter.escape("say \"no\""));
        assertEquals("\"two\nlines\"", CsvRecordWriter.escape("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvRecordWriter.escape("cr\rhere"));
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        AtomicInteger i = new AtomicInteger();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < s.length() && s.charAt(k + 1) == '"') { f.append('"'); k++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString()); f.setLength(0);
            } else if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); k++;
            } else {
                f.append(c);
            }
        }
        assertFalse(quoted, "unterminated quoted field");
        if (f.length() > 0 || !row.isEmpty()) { row.add(f.toString()); rows.add(row); }
        i.incrementAndGet();
        return rows;
    }

    @Test
    void explainShowsMentionsTriggersAndRecords() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("explain", "اعتقلت الشرطة العراقية عشرات المتظاهرين في بغداد أمس.", "--date", "2018-07-15");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.contains("trigger COERCE arrest [اعتقلت]: coded"), out);
        assertTrue(out.contains("mention DATE") && out.contains("2018-07-14"), out);
        assertTrue(out.contains("\"event\":\"COERCE\""), out);
    }
}
