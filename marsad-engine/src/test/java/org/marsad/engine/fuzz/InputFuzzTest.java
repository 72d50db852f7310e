package org.marsad.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.number.NumberReader;
import org.marsad.arabic.time.DateReader;
import org.marsad.arabic.time.TimeExpression;
import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.HtmlTextExtractor;
import org.marsad.core.io.InputError;
import org.marsad.engine.html.JsoupHtmlTextExtractor;

/**
 * Fuzz targets for the code that meets raw input first. In the normal test run Jazzer replays
 * the inputs under src/test/resources/org/marsad/engine/fuzz/InputFuzzTestInputs/ (crashes
 * found earlier among them) and an empty input; with JAZZER_FUZZ=1 it fuzzes one target
 * (see docs/robustness.md). Each target also checks what must always hold, not only "no crash".
 */
class InputFuzzTest {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final DateReader DATES = new DateReader();
    private static final NumberReader NUMBERS = new NumberReader();
    private static final JsoupHtmlTextExtractor HTML = new JsoupHtmlTextExtractor();
    private static final LocalDate REFERENCE = LocalDate.of(2024, 5, 6);

    /** Tokens and sentences lie inside the text, in order, and a token's surface is its text. */
    @FuzzTest(maxDuration = "10s")
    void tokenizer(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Document doc = analyse(text);
        int last = 0;
        for (Token t : doc.tokens()) {
            assertTrue(t.start() >= last && t.start() < t.end() && t.end() <= text.length(), t.toString());
            assertEquals(text.substring(t.start(), t.end()), t.surface());
            assertNotNull(t.norm());
            last = t.end();
        }
        int lastToken = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.firstToken() >= lastToken && s.firstToken() <= s.endToken() && s.endToken() <= doc.tokens().size(), s.toString());
            lastToken = s.endToken();
        }
    }

    /** Date expressions lie inside the tokens read and have a value whose range is in order. */
    @FuzzTest(maxDuration = "10s")
    void dateReader(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Document doc = analyse(text);
        for (Sentence s : doc.sentences()) {
            for (TimeExpression e : DATES.read(doc.tokens(), s.firstToken(), s.endToken(), REFERENCE)) {
                assertTrue(e.firstToken() >= s.firstToken() && e.endToken() <= s.endToken() && e.firstToken() < e.endToken(), e.toString());
                assertTrue(e.start() >= 0 && e.end() <= text.length() && e.start() < e.end(), e.toString());
                if (!e.isDuration()) assertTrue(!e.value().to().isBefore(e.value().from()), e.toString());
            }
        }
        DATES.read(text, REFERENCE);
    }

    /** Numbers lie inside the tokens read. */
    @FuzzTest(maxDuration = "10s")
    void numberReader(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Document doc = analyse(text);
        for (Sentence s : doc.sentences()) {
            for (NumberReader.NumberMatch m : NUMBERS.read(doc.tokens(), s.firstToken(), s.endToken())) {
                assertTrue(m.firstToken() >= s.firstToken() && m.endToken() <= s.endToken() && m.firstToken() < m.endToken(), m.toString());
                assertTrue(m.valueToken() >= m.firstToken() && m.valueToken() < m.endToken(), m.toString());
            }
        }
        NUMBERS.read(text);
        NumberReader.parseDigits(text);
    }

    /** Any bytes: every non-blank line becomes a document or an error naming that line, nothing is thrown. */
    @FuzzTest(maxDuration = "10s")
    void jsonLines(byte[] bytes) {
        int[] seen = {0};
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean accept(Document document) {
                assertNotNull(document.id());
                assertNotNull(document.text());
                assertTrue(document.origin().startsWith("fuzz:"), document.origin());
                seen[0]++;
                return true;
            }

            @Override
            public void error(InputError error) {
                assertTrue(error.origin().startsWith("fuzz:"), error.toString());
                assertNotNull(error.reason());
                seen[0]++;
            }
        };
        try {
            assertTrue(new DocumentReader().readJsonLines("fuzz", new ByteArrayInputStream(bytes), sink));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(seen[0] <= lines(bytes), "one outcome per line at most");
    }

    /** Any page gives text without markup from the script or style elements, and never throws. */
    @FuzzTest(maxDuration = "10s")
    void htmlExtractor(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        HtmlTextExtractor.Page page = HTML.extract(html);
        assertNotNull(page.text());
        analyse(page.text());
    }

    private static Document analyse(String text) {
        Document doc = new Document("fuzz", text, null, null, null, null, "fuzz");
        ANALYZER.annotate(doc);
        return doc;
    }

    private static int lines(byte[] bytes) {
        int n = 1;
        for (byte b : bytes) if (b == '\n') n++;
        return n;
    }

}
