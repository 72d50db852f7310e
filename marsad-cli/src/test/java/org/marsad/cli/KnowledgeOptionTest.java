package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --kb FILE} adds the user's places and actors; a malformed file is refused by file and line. */
class KnowledgeOptionTest {
    @TempDir Path tmp;

    @Test
    void userPlaceResolvesAnEventsLocation() throws Exception {
        Path kb = Files.writeString(tmp.resolve("mine.tsv"),
                "place\tقرية الزهور الشرقية|الزهور الشرقية\tEastern Zuhur village\tSYR\tIdlib\t35.93\t36.63\tcity\t\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(tmp.resolve("a.txt"), "قتل ثلاثة مدنيين في قصف على قرية الزهور الشرقية أمس.", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl");
        int rc = Main.run("extract", "--input", doc.toString(), "--output", out.toString(), "--kb", kb.toString(), "--quiet");
        assertEquals(0, rc);
        String records = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(records.contains("\"name\":\"Eastern Zuhur village\""), records);
    }

    @Test
    void malformedFileIsRefusedWithItsLineNumber() throws Exception {
        Path kb = Files.writeString(tmp.resolve("bad.tsv"), "# mine\nactor\tجماعة ما\tSome group\tXX\t\tREB\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(tmp.resolve("a.txt"), "قتل ثلاثة مدنيين.", StandardCharsets.UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = Main.run("extract", "--input", doc.toString(), "--output", tmp.resolve("o.jsonl").toString(), "--kb", kb.toString());
        } finally {
            System.setErr(err);
        }
        assertEquals(2, rc);
        String message = captured.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("bad.tsv:2"), message);
    }
}
