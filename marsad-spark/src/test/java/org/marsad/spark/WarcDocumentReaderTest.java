package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.engine.html.JsoupHtmlTextExtractor;

class WarcDocumentReaderTest {
    @TempDir
    Path dir;

    static List<Document> read(Path file, List<InputError> errors) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new WarcDocumentReader(new JsoupHtmlTextExtractor()).read(in, file.toString(), new DocumentSink() {
                @Override
                public boolean accept(Document document) {
                    docs.add(document);
                    return true;
                }

                @Override
                public void error(InputError error) {
                    errors.add(error);
                }
            });
        }
        return docs;
    }

    @Test
    void htmlResponsesBecomeDocumentsOfTheirArticleText() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        TestWarc.Page ok = TestWarc.Page.ok("https://news.example.org/a/1", "2023-07-12T22:30:00Z",
                "<html><head><title>خبر</title></head><body><nav>قائمة</nav><article><p>قتل ثلاثة أشخاص.</p></article></body></html>");
        TestWarc.Page missing = new TestWarc.Page("00000000-0000-0000-0000-000000000001", "https://news.example.org/gone",
                Instant.parse("2023-07-13T00:00:00Z"), 404, "<p>غير موجود</p>");
        TestWarc.write(warc, true, ok, missing);

        List<InputError> errors = new ArrayList<>();
        List<Document> docs = read(warc, errors);

        assertEquals(List.of(), errors);
        assertEquals(1, docs.size(), "the request record and the 404 page are passed over");
        Document d = docs.get(0);
        assertEquals(ok.uuid(), d.id());
        assertEquals("قتل ثلاثة أشخاص.", d.text());
        assertEquals("خبر", d.title());
        assertEquals("https://news.example.org/a/1", d.url());
        assertEquals("news.example.org", d.source());
        assertEquals(LocalDate.of(2023, 7, 12), d.date(), "the capture day in UTC");
        assertTrue(d.origin().startsWith(warc.toString()));
    }

    @Test
    void plainTextResourcesAreReadAsTheyAre() throws IOException {
        Path warc = dir.resolve("res.warc");
        TestWarc.writeResource(warc, "11111111-2222-3333-4444-555555555555", "https://example.org/t.txt", "2020-01-02T03:04:05Z",
                "نص الخبر كما هو.\nسطر ثان.");
        List<Document> docs = read(warc, new ArrayList<>());
        assertEquals(1, docs.size());
        assertEquals("نص الخبر كما هو.\nسطر ثان.", docs.get(0).text());
        assertNull(docs.get(0).title());
    }

    @Test
    void aFileThatIsNotAWarcIsReportedNotThrown() throws IOException {
        Path bad = dir.resolve("bad.warc");
        Files.writeString(bad, "this is not a web archive\n");
        List<InputError> errors = new ArrayList<>();
        List<Document> docs = read(bad, errors);
        assertEquals(0, docs.size());
        assertEquals(1, errors.size());
    }
}
