package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.TextSpan;
import org.marsad.engine.MarsadEngine;

/**
 * Hostile and broken input through the real engine: every good document yields records whose
 * offsets point at their text, every bad one fails alone with a message naming it, and the
 * run goes on. Big inputs are generated here, never committed.
 */
class HostileInputTest {
    /** One sentence the engine codes (a protest, with a place and a day). */
    static final String EVENT = "تظاهر طلاب في القاهرة أمس ضد رفع الرسوم.";

    static MarsadEngine engine;

    @TempDir Path dir;

    @BeforeAll
    static void load() {
        engine = MarsadEngine.load();
    }

    /** What one run produced: records per document origin, and the log. */
    record Outcome(Map<String, List<EventRecord>> records, Map<String, String> texts, String log, ExtractRun.Summary summary) {
        List<EventRecord> of(String fileName) {
            List<EventRecord> out = new ArrayList<>();
            records.forEach((origin, recs) -> { if (origin.contains(fileName)) out.addAll(recs); });
            return out;
        }

        boolean read(String fileName) {
            return records.keySet().stream().anyMatch(o -> o.contains(fileName));
        }
    }

    static Outcome extract(Path... inputs) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, List<EventRecord>> records = Collections.synchronizedMap(new LinkedHashMap<>());
        Map<String, String> texts = new LinkedHashMap<>();
        ExtractRun run = new ExtractRun(engine, Readers.documentReader(), 2, 0, new PrintStream(log, true, StandardCharsets.UTF_8), false);
        ExtractRun.Summary summary = run.run(List.of(inputs), r -> {
            records.put(r.document().origin(), r.records());
            texts.put(r.document().origin(), r.document().text());
            for (EventRecord rec : r.records()) assertOffsets(r.document().text(), rec);
        });
        return new Outcome(records, texts, log.toString(StandardCharsets.UTF_8), summary);
    }

    /** Every span of a record is the text at its offsets. */
    static void assertOffsets(String text, EventRecord r) {
        assertSpan(text, r.trigger(), "trigger");
        assertSpan(text, r.evidence(), "evidence");
        for (ActorRef a : new ActorRef[] {r.actor(), r.recipient()}) {
            if (a != null && a.start() != null && a.end() != null) {
                assertEquals(a.text(), text.substring(a.start(), a.end()), "actor offsets of " + r.id());
            }
        }
        List<PlaceRef> places = new ArrayList<>();
        if (r.location() != null) places.add(r.location());
        if (r.locations() != null) places.addAll(r.locations());
        for (PlaceRef p : places) {
            if (p.start() != null && p.end() != null) {
                assertEquals(p.text(), text.substring(p.start(), p.end()), "place offsets of " + r.id());
            }
        }
    }

    static void assertSpan(String text, TextSpan span, String what) {
        if (span == null) return;
        assertTrue(span.start() >= 0 && span.start() <= span.end() && span.end() <= text.length(), what + " out of the text: " + span);
        assertEquals(span.text(), text.substring(span.start(), span.end()), what + " offsets");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] utf16(String text, boolean littleEndian, boolean bom) {
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        if (!bom) return body;
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) (littleEndian ? 0xFF : 0xFE);
        out[1] = (byte) (littleEndian ? 0xFE : 0xFF);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @Test
    void anUnexpectedFailureNamesWhereInTheEngineItHappened() {
        RuntimeException e = new NullPointerException();
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 209),
                new StackTraceElement("org.marsad.engine.coding.Example", "choose", "Example.java", 42)});
        assertEquals(" (at org.marsad.engine.coding.Example.choose(Example.java:42))", ExtractRun.where(e));
        RuntimeException outside = new IllegalStateException();
        outside.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 209)});
        assertEquals("", ExtractRun.where(outside));
    }

    @Test
    void encodingsAndBrokenFilesInOneRun() throws Exception {
        byte[] good = EVENT.getBytes(StandardCharsets.UTF_8);
        write("a-good.txt", good);
        write("b-utf16le-bom.txt", utf16(EVENT, true, true));
        write("c-utf16be-bom.txt", utf16(EVENT, false, true));
        write("d-utf16le-nobom.txt", utf16(EVENT, true, false));
        write("e-utf16be-nobom.txt", utf16(EVENT, false, false));
        byte[] invalid = ("سطر أول سليم.\n" + EVENT + "\n").getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 5] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed, on line 2
        invalid[invalid.length - 4] = (byte) 0x41;
        write("f-invalid-utf8.txt", invalid);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        binary[11] = 0;
        write("g-binary.txt", binary);
        write("h-empty.txt", new byte[0]);
        write("i-blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        write("j-bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        write("k-utf8-bom.txt", ("\uFEFF" + EVENT).getBytes(StandardCharsets.UTF_8));

        Outcome o = extract(dir);
        for (String f : List.of("a-good", "b-utf16le-bom", "c-utf16be-bom", "d-utf16le-nobom", "e-utf16be-nobom", "k-utf8-bom")) {
            assertFalse(o.of(f).isEmpty(), f + " gives records\n" + o.log());
        }
        assertEquals(EVENT, o.texts().values().stream().skip(1).findFirst().orElseThrow(), "UTF-16 decoded to the same text");
        assertTrue(o.log().contains("f-invalid-utf8.txt: not valid UTF-8 text: bad bytes at line 2"), o.log());
        assertTrue(o.log().contains("g-binary.txt: binary file, not text"), o.log());
        assertTrue(o.log().contains("h-empty.txt: empty file"), o.log());
        assertTrue(o.log().contains("i-blank.txt: no text, only white space"), o.log());
        assertTrue(o.log().contains("j-bom-only.txt: no text"), o.log());
        assertEquals(5, o.summary().failed, o.log());
        assertEquals(6, o.summary().documents, o.log());
    }

    @Test
    void theExtractCommandExitsNonZeroWhenAnyFileFailedAndStillWritesTheOthers() throws Exception {
        write("good.txt", EVENT.getBytes(StandardCharsets.UTF_8));
        write("bad.txt", new byte[] {'a', (byte) 0xC3, '(', 'x', 'y'});
        Path out = dir.resolve("out.jsonl");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("extract", "--input", dir.resolve("good.txt") + "," + dir.resolve("bad.txt"), "--output", out.toString(), "--quiet");
        } finally {
            System.setErr(old);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, log);
        assertTrue(log.contains("bad.txt"), log);
        assertFalse(Files.readString(out).isBlank(), "records of good.txt are written");
    }

    @Test
    void jsonLinesGoOnAfterABadLineAndTakeATwentyMegabyteLine() throws Exception {
        StringBuilder big = new StringBuilder(21_000_000);
        big.append("{\"id\": \"big\", \"text\": \"").append(EVENT);
        String filler = " وقال التقرير إن الوضع هادئ في المدينة";
        while (big.length() < 11_500_000) big.append(filler).append(big.length() % 40 == 0 ? "." : "");
        big.append("\"}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(("{\"id\": \"one\", \"text\": \"" + EVENT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xC0, (byte) 0x80, '}', '\n'}); // line 2: bad bytes
        bytes.write("{\"id\": \"three\", \"text\": 5}\n".getBytes(StandardCharsets.UTF_8)); // line 3: no text string
        bytes.write("{not json\n".getBytes(StandardCharsets.UTF_8)); // line 4
        bytes.write(big.toString().getBytes(StandardCharsets.UTF_8));
        bytes.write('\n');
        bytes.write(("{\"id\": \"six\", \"text\": \"" + EVENT + "\"}\r\n").getBytes(StandardCharsets.UTF_8));
        Path f = write("docs.jsonl", bytes.toByteArray());
        assertTrue(Files.size(f) > 20_000_000L, "the big line is over 20 MB: " + Files.size(f));

        Outcome o = extract(f);
        assertTrue(o.log().contains("docs.jsonl:2: not valid UTF-8 text"), o.log());
        assertTrue(o.log().contains("docs.jsonl:3: missing \"text\" string"), o.log());
        assertTrue(o.log().contains("docs.jsonl:4: malformed JSON"), o.log());
        assertFalse(o.of("docs.jsonl:1").isEmpty(), o.log());
        assertTrue(o.read("docs.jsonl:5"), "the 20 MB line is read: " + o.log());
        assertFalse(o.of("docs.jsonl:5").isEmpty(), o.log());
        assertFalse(o.of("docs.jsonl:6").isEmpty(), o.log());
        assertEquals(3, o.summary().failed, o.log());
    }

    @Test
    void htmlPagesGiveTheArticleTextAndOffsetsIntoIt() throws Exception {
        write("page.html", ("<!doctype html><html><head><title>خبر</title><script>var t = '" + EVENT + "';</script></head><body>"
                + "<nav>الرئيسية | أخبار</nav><article><h1>احتجاج</h1><p>قال شهود إن <b>مئات</b> الطلاب تظاهروا. " + EVENT
                + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        write("broken.html", ("<html><body><p>" + EVENT + "<div><p><<<>>></table></td>&#xFFFFFFF;&bogus;").getBytes(StandardCharsets.UTF_8));
        write("nothing.html", "<html><head><script>x()</script></head><body><nav>روابط</nav></body></html>".getBytes(StandardCharsets.UTF_8));
        Outcome o = extract(dir);
        List<EventRecord> page = o.of("page.html");
        assertFalse(page.isEmpty(), o.log());
        String text = o.texts().entrySet().stream().filter(e -> e.getKey().contains("page.html")).findFirst().orElseThrow().getValue();
        assertFalse(text.contains("<") || text.contains("var t") || text.contains("الرئيسية") || text.contains("الحقوق"), text);
        assertFalse(o.of("broken.html").isEmpty(), o.log());
        assertTrue(o.log().contains("nothing.html: HTML page without article text"), o.log());
    }

    @Test
    void mixedScriptsInvisibleMarksPersianLettersAndQuranicMarks() throws Exception {
        String mixed = "\u200Fقال مسؤول في Reuters 😀 إن " + EVENT.replace("القاهرة", "\u200Dالقاهرة\u200C")
                + " \u202Bنص\u202C \u2067عربي\u2069 🇪🇬👍🏽 ﷽ تظاهر\u200B طلاب في الإسكندرية يوم 5 مايو 2024.";
        String persian = EVENT.replace('ي', 'ی').replace("ك", "ک") + " کان ذلک فی یوم الاثنین.";
        String quranic = "تَظَاهَرَ طُلَّابٌ فِي ٱلْقَاهِرَةِ أَمْسِ ۖ ضِدَّ رَفْعِ ٱلرُّسُومِ ۗ وَقَالُوا ٰ إِنَّ ذَٰلِكَ ظُلْمٌ ۚ";
        String urdu = "طلباء نے کراچی میں احتجاج کیا۔ " + EVENT;
        write("mixed.txt", mixed.getBytes(StandardCharsets.UTF_8));
        write("persian.txt", persian.getBytes(StandardCharsets.UTF_8));
        write("quranic.txt", quranic.getBytes(StandardCharsets.UTF_8));
        write("urdu.txt", urdu.getBytes(StandardCharsets.UTF_8));
        Outcome o = extract(dir);
        assertEquals(0, o.summary().failed, o.log());
        assertEquals(4, o.summary().documents, o.log());
        assertFalse(o.of("mixed.txt").isEmpty(), o.log());
        assertFalse(o.of("persian.txt").isEmpty(), "Persian ی and ک read as Arabic ي and ك: " + o.log());
        assertFalse(o.of("quranic.txt").isEmpty(), "vowel and Quranic marks do not hide the words: " + o.log());
        assertFalse(o.of("urdu.txt").isEmpty(), o.log());
    }

    @Test
    void aHundredThousandTokenSentenceWithoutPunctuation() throws Exception {
        StringBuilder s = new StringBuilder();
        String[] words = {"تظاهر", "طلاب", "في", "القاهرة", "و", "قال", "الوزير", "إن", "الجيش", "هاجم", "مواقع", "المسلحين", "أمس"};
        for (int i = 0; s.length() < 100_000 * 5; i++) s.append(words[i % words.length]).append(' ');
        write("run-on.txt", s.toString().getBytes(StandardCharsets.UTF_8));
        Outcome o = extract(dir);
        assertEquals(0, o.summary().failed, o.log());
        assertTrue(o.read("run-on.txt"), o.log());
    }

    @Test
    void aDocumentOverItsTimeLimitIsReportedAndTheOthersGoOn() throws Exception {
        write("slow.txt", "وثيقة تستغرق وقتا طويلا جدا في المعالجة.".getBytes(StandardCharsets.UTF_8));
        write("fast.txt", "اعتقلت الشرطة العراقية عشرات المتظاهرين في بغداد أمس.".getBytes(StandardCharsets.UTF_8));
        // an engine that never finishes one document, but checks its time as the real stages do
        org.marsad.engine.Extractor stuck = new org.marsad.engine.Extractor() {
            @Override public List<EventRecord> extract(org.marsad.core.Document d) {
                while (d.origin().contains("slow")) { d.checkTime(); Thread.onSpinWait(); }
                return List.of();
            }
            @Override public String version() { return "test"; }
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ExtractRun run = new ExtractRun(stuck, Readers.documentReader(), 2, 0, new PrintStream(log, true, StandardCharsets.UTF_8), false)
                .withDocumentTimeout(200);
        ExtractRun.Summary summary = run.run(List.of(dir), r -> { });
        String said = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, summary.failed, said);
        assertEquals(1, summary.documents, said);
        assertTrue(said.contains("slow.txt") && said.contains("limit of 200 ms"), said);
    }

    @Test
    void aSingleLineOfTwoMegabytes() throws Exception {
        StringBuilder s = new StringBuilder();
        while (s.length() < 2_000_000 / 2) s.append(EVENT).append(" ");
        write("one-line.txt", s.toString().getBytes(StandardCharsets.UTF_8));
        Outcome o = extract(dir);
        assertEquals(0, o.summary().failed, o.log());
        assertFalse(o.of("one-line.txt").isEmpty(), o.log());
    }

    @Test
    void aFileOverTheLimitIsRefusedByName() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DocumentReader.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        write("good.txt", EVENT.getBytes(StandardCharsets.UTF_8));
        Outcome o = extract(dir);
        assertTrue(o.log().contains("huge.txt: file of " + (DocumentReader.MAX_FILE_BYTES + 1) + " bytes is larger than the limit"), o.log());
        assertFalse(o.of("good.txt").isEmpty(), o.log());
        assertEquals(1, o.summary().failed);
    }

    @Test
    void fiftyMegabytesUnderTheDefaultHeapAreRefusedWithAClearMessage() throws Exception {
        Path big = dir.resolve("fifty.txt");
        byte[] sentence = (EVENT + " ").getBytes(StandardCharsets.UTF_8);
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += sentence.length) out.write(sentence);
        }
        write("good.txt", EVENT.getBytes(StandardCharsets.UTF_8));
        // The launcher's heap: the document is refused before analysis, the small one still coded.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), "org.marsad.cli.Main", "extract", "--input", dir.toString(), "--quiet")
                .redirectErrorStream(false).start();
        byte[] records = p.getInputStream().readAllBytes();
        String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), log);
        assertTrue(log.contains("fifty.txt: document of ") && log.contains("too long for a heap of") && log.contains("MARSAD_JAVA_OPTS=-Xmx"), log);
        assertTrue(new String(records, StandardCharsets.UTF_8).contains("good"), "good.txt is still coded");
    }
}
