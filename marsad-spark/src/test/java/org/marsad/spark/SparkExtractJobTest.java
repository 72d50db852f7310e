package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.Extractor;
import org.marsad.engine.MarsadEngine;
import org.marsad.engine.html.JsoupHtmlTextExtractor;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;

/**
 * The job's output against the plain path: the same documents, each extracted on its own,
 * records compared as sets of their JSON; merged events against the merger over those records.
 */
class SparkExtractJobTest {
    @TempDir
    static Path tmp;
    static Path input;
    static SparkSession spark;

    @BeforeAll
    static void setUp() throws IOException {
        spark = LocalSpark.get();
        input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("news.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"text\": \"قالت وزارة الصحة إن ثلاثة أشخاص قتلوا وأصيب سبعة آخرون في غارة جوية على مدينة غزة أمس الأربعاء.\", \"date\": \"2023-07-13\", \"source\": \"وكالة\", \"title\": \"غارة\"}",
                "{\"id\": \"a2\", \"text\": \"تظاهر مئات الأشخاص في العاصمة بغداد احتجاجا على انقطاع الكهرباء، واعتقلت الشرطة عشرة منهم.\", \"date\": \"2023-07-12\"}",
                "{\"id\": 3, \"text\": ",
                "{\"id\": \"en1\", \"text\": \"This English article is not mainly Arabic and is skipped.\", \"date\": \"2023-07-12\"}",
                ""), StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("more.jsonl.gz")))) {
            out.write(String.join("\n",
                    "{\"id\": \"b1\", \"text\": \"أعلن الجيش أنه اعتقل خمسة مسلحين في مدينة جنين شمال الضفة الغربية.\", \"date\": \"2023-07-12\"}",
                    "{\"id\": \"b2\", \"text\": \"وقع رئيسا البلدين اتفاقا للتعاون الاقتصادي في القاهرة يوم الاثنين.\"}").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(input.resolve("note.txt"), "أطلق مسلحون النار على دورية للشرطة في مدينة درعا صباح اليوم.\n");
        Files.writeString(input.resolve("page.html"), "<html><head><title>خبر</title></head><body><nav>الرئيسية</nav><article>"
                + "<p>قصفت طائرات حربية مواقع في ريف إدلب.</p><p>وقال مرصد إن اثنين قتلا.</p></article></body></html>");
        TestWarc.write(input.resolve("crawl.warc.gz"), true,
                TestWarc.Page.ok("https://news.example.org/2023/07/12/a", "2023-07-12T09:00:00Z",
                        "<html><body><article><p>هاجم مسلحون حاجزا للجيش في سيناء وقتلوا جنديين.</p></article></body></html>"),
                TestWarc.Page.ok("https://news.example.org/2023/07/14/b", "2023-07-14T09:00:00Z",
                        "<html><body><main><p>استقبل الرئيس وزير الخارجية الفرنسي في قصر الاتحادية.</p></main></body></html>"));
        Files.writeString(input.resolve("_SUCCESS"), "");
        Files.createDirectories(input.resolve(".hidden"));
        Files.writeString(input.resolve(".hidden/skip.txt"), "ملف مخفي لا يقرأ.");
    }

    /** The documents as the command line (and, for WARC, the archive reader) reads them, Arabic ones only. */
    static List<Document> plainDocuments() throws IOException {
        List<Document> docs = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean accept(Document document) {
                docs.add(document);
                return true;
            }

            @Override
            public void error(InputError error) {}
        };
        for (Path f : List.of(input.resolve("news.jsonl"), input.resolve("more.jsonl.gz"), input.resolve("note.txt"),
                input.resolve("page.html"))) {
            new DocumentReader(new JsoupHtmlTextExtractor()).read(f, sink);
        }
        try (var in = Files.newInputStream(input.resolve("crawl.warc.gz"))) {
            new WarcDocumentReader(new JsoupHtmlTextExtractor()).read(in, "crawl", sink);
        }
        return docs.stream().filter(d -> ArabicNormalizer.arabicShare(d.text()) >= JobOptions.DEFAULT_MIN_ARABIC_SHARE).toList();
    }

    static Set<String> plainRecords(Extractor extractor) throws IOException {
        Set<String> out = new HashSet<>();
        for (Document d : plainDocuments()) {
            for (EventRecord r : extractor.extract(d)) out.add(RecordJson.write(r));
        }
        return out;
    }

    static Set<String> expectedMerged(Set<String> records) {
        return new EventMerger(MergeConfig.DEFAULT).merge(SparkExtractJob.inMergeOrder(new ArrayList<>(records))).stream()
                .map(RecordJson::write).collect(Collectors.toSet());
    }

    static Set<String> column(Dataset<Row> df, String name) {
        return new HashSet<>(df.select(name).as(Encoders.STRING()).collectAsList());
    }

    static Set<String> lines(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> out = new HashSet<>();
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isEmpty()).forEach(out::add);
            }
            return out;
        }
    }

    @Test
    void theEngineGivesTheSameRecordsAndMergedEventsAsThePlainPath() throws IOException {
        Path out = tmp.resolve("out-engine");
        JobSummary s = SparkExtractJob.run(spark, JobOptions.of(List.of(input.toString()), out.toString()));

        Set<String> expected = plainRecords(MarsadEngine.load());
        assertEquals(plainDocuments().size(), s.documents());
        assertEquals(8, s.documents(), "2 + 2 JSON Lines, 1 text, 1 HTML, 2 WARC responses");
        assertEquals(1, s.skipped());
        assertEquals(1, s.failed(), "the malformed JSON line");
        assertEquals(expected.size(), s.records());
        assertEquals(expected, column(EventTables.readEvents(spark, out.resolve("events").toString(), DatePartitioning.DATE),
                EventTables.RECORD_JSON));
        assertEquals(expectedMerged(expected), lines(out.resolve(SparkExtractJob.MERGED_JSON)));
        assertEquals(1, lines(out.resolve(SparkExtractJob.INPUT_ERRORS)).size());
    }

    @Test
    void injectedExtractorRecordsArePartitionedByDateWithEveryFieldKept() throws IOException {
        ExtractorHolder.clear();
        FakeExtractor.CREATED.set(0);
        Path out = tmp.resolve("out-fake");
        JobSummary s = SparkExtractJob.run(spark, JobOptions.of(List.of(input.toString()), out.toString()), new FakeExtractor.Factory(false));

        assertEquals(1, FakeExtractor.CREATED.get(), "one extractor for the executor, shared by its tasks");
        Set<String> expected = plainRecords(new FakeExtractor(false));
        assertEquals(16, expected.size());
        assertEquals(16, s.records());
        assertEquals(expectedMerged(expected).size(), s.mergedEvents(), "the merge step over the same records");

        Path events = out.resolve(SparkExtractJob.EVENTS);
        for (String part : List.of("event_date=2023-07-12", "event_date=2023-07-13", "event_date=2023-07-14", "event_date=2023-07-10",
                "event_date=2023-07")) {
            assertTrue(Files.isDirectory(events.resolve(part)), part);
        }
        Dataset<Row> table = EventTables.readEvents(spark, events.toString(), DatePartitioning.DATE);
        assertEquals(expected, column(table, EventTables.RECORD_JSON));

        // The columns alone rebuild each record exactly.
        Column[] fields = Arrays.stream(EventTables.EVENT_SCHEMA.fieldNames()).map(n -> col("`" + n + "`")).toArray(Column[]::new);
        for (Row row : table.select(to_json(struct(fields)), col(EventTables.RECORD_JSON), col("date"), col("event_date")).collectAsList()) {
            assertEquals(RecordJson.read(row.getString(1)), RecordJson.read(row.getString(0)));
            assertEquals(row.getString(2), row.getString(3));
        }

        Set<String> merged = expectedMerged(expected);
        assertEquals(merged, lines(out.resolve(SparkExtractJob.MERGED_JSON)));
        assertEquals(merged, column(EventTables.readMerged(spark, out.resolve(SparkExtractJob.MERGED).toString(),
                DatePartitioning.DATE), EventTables.EVENT_JSON));
        assertTrue(Files.isDirectory(out.resolve(SparkExtractJob.MERGED).resolve("event_date=2023-07")));
    }

    @Test
    void monthPartitionsUndatedRecordsNoMergeAndOverwrite() {
        Path out = tmp.resolve("out-month");
        JobOptions options = JobOptions.of(List.of(input.resolve("news.jsonl").toString(), input.resolve("note.txt").toString()),
                out.toString()).withPartitionBy(DatePartitioning.MONTH).withMerge(false);
        JobSummary s = SparkExtractJob.run(spark, options, new FakeExtractor.Factory(true));
        assertEquals(6, s.records());
        assertEquals(List.of("event_month=2023-07", "event_month=__HIVE_DEFAULT_PARTITION__"), listDirs(out.resolve(SparkExtractJob.EVENTS)));
        assertFalse(Files.exists(out.resolve(SparkExtractJob.MERGED)));

        assertThrows(Exception.class, () -> SparkExtractJob.run(spark, options, new FakeExtractor.Factory(true)),
                "an existing output is kept");
        assertEquals(6, SparkExtractJob.run(spark, options.withOverwrite(true), new FakeExtractor.Factory(true)).records());
    }

    @Test
    void benchmarkCountsTheExtractionStage() {
        JobSummary s = SparkExtractJob.benchmark(spark, JobOptions.of(List.of(input.toString()), null), new FakeExtractor.Factory(false),
                System.err);
        assertEquals(8, s.documents());
        assertEquals(16, s.records());
        assertTrue(s.seconds() > 0);
    }

    @Test
    void aMissingInputIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SparkExtractJob.extract(spark,
                JobOptions.of(List.of(tmp.resolve("nope").toString()), null), new FakeExtractor.Factory(false)));
    }

    static List<String> listDirs(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
