package org.marsad.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.Document;

class HostileBytesTest {
    private static final String TEXT = "قال مسؤول إن ثلاثة أشخاص قتلوا.\nوأضاف: Reuters 😀";

    @Test
    void utf16IsRecognisedByItsMarkOrItsNulBytes() throws Exception {
        for (boolean le : new boolean[] {true, false}) {
            byte[] body = TEXT.getBytes(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            assertFalse(Utf8.looksBinary(body));
            assertEquals(TEXT, Utf8.decodeStrict(body));
            byte[] withBom = new byte[body.length + 2];
            withBom[0] = (byte) (le ? 0xFF : 0xFE);
            withBom[1] = (byte) (le ? 0xFE : 0xFF);
            System.arraycopy(body, 0, withBom, 2, body.length);
            assertEquals(TEXT, Utf8.decodeStrict(withBom));
        }
    }

    @Test
    void badBytesAreReportedWithTheirLine() {
        byte[] bytes = "سطر\nسطر ثان\nx\u00e9y".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF;
        MalformedTextException e = assertThrows(MalformedTextException.class, () -> Utf8.decodeStrict(bytes));
        assertTrue(e.getMessage().startsWith("not valid UTF-8 text: bad bytes at line 3"), e.getMessage());
    }

    @Test
    void randomBytesAreBinaryNotUtf16() {
        byte[] bytes = new byte[10_000];
        new Random(3).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 2) bytes[i] = 0; // NULs on one parity, the rest noise
        MalformedTextException e = assertThrows(MalformedTextException.class, () -> Utf8.decodeStrict(bytes));
        assertEquals("binary file, not text", e.getMessage());
    }

    @Test
    void jsonLinesGoOnPastBadBytesAndTakeBomsAndCrLf() throws Exception {
        byte[] bad = {'{', (byte) 0xC0, '}', '\n'};
        byte[] all = concat("\uFEFF{\"id\": 1, \"text\": \"أ\"}\r\n".getBytes(StandardCharsets.UTF_8), bad,
                "\n[1]\n{\"id\": \"b\", \"text\": \"ب\", \"date\": \"yesterday\"}\n{\"id\": \"c\", \"text\": \"ج\"}".getBytes(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        new DocumentReader().readJsonLines("f", new ByteArrayInputStream(all), sink(seen));
        assertEquals(List.of("doc f:1 1", "error f:2: not valid UTF-8 text", "error f:4: not a JSON object",
                "error f:5: \"date\" is not an ISO date: yesterday", "doc f:6 c"), seen);
    }

    @Test
    void aLineOverTheLimitIsSkippedNotBuffered() throws Exception {
        byte[] bytes = "short\n0123456789abcdef\nnext".getBytes(StandardCharsets.UTF_8);
        LineInput lines = new LineInput(new ByteArrayInputStream(bytes), 8);
        assertArrayEquals("short".getBytes(StandardCharsets.UTF_8), lines.next());
        assertEquals(0, lines.next().length);
        assertTrue(lines.lastWasTooLong());
        assertArrayEquals("next".getBytes(StandardCharsets.UTF_8), lines.next());
        assertFalse(lines.lastWasTooLong());
        assertNull(lines.next());
    }

    @Test
    void deeplyNestedOrHugeNumbersAreErrorsNotCrashes() throws Exception {
        String deep = "{\"id\": 1, \"text\": \"x\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        String bigNumber = "{\"id\": " + "9".repeat(5000) + ", \"text\": \"x\"}";
        List<String> seen = new ArrayList<>();
        new DocumentReader().readJsonLines("f", new ByteArrayInputStream((deep + "\n" + bigNumber).getBytes(StandardCharsets.UTF_8)), sink(seen));
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.get(0).startsWith("error f:1: malformed JSON"), seen.toString());
    }

    @Test
    void theMemoryBudgetRefusesWhatWouldNotFitAndSaysHowToMakeRoom() {
        long oneGb = 1024L * 1024 * 1024;
        assertNull(MemoryBudget.refusal(5_000_000, oneGb));
        String why = MemoryBudget.refusal(30_000_000, oneGb);
        assertTrue(why.contains("30000000 characters") && why.contains("MARSAD_JAVA_OPTS=-Xmx"), why);
        assertNull(MemoryBudget.refusal(30_000_000, 4 * oneGb));
    }

    private static DocumentSink sink(List<String> seen) {
        return new DocumentSink() {
            @Override
            public boolean accept(Document d) { seen.add("doc " + d.origin() + " " + d.id()); return true; }

            @Override
            public void error(InputError e) { seen.add("error " + e); }
        };
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) { System.arraycopy(p, 0, out, at, p.length); at += p.length; }
        return out;
    }
}
