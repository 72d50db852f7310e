package org.marsad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.number.SizeReader;
import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.Size;

/**
 * A regression floor on the shared development set, when it is present: each gold record's first
 * evidence string stands in for the trigger; its date must fall in the gold range and its sentence's
 * dead count (nearest the trigger) must equal the gold one. Skipped when ../shared is absent.
 */
class DevSetDatesAndCountsTest {
    /** The shared folder sits next to the checkout; tests run in the module folder or the checkout root. */
    private static final Path DEV = Files.isDirectory(Path.of("..", "..", "shared", "eval", "dev"))
            ? Path.of("..", "..", "shared", "eval", "dev") : Path.of("..", "shared", "eval", "dev");

    private static boolean inRange(String iso, JsonNode gold) {
        return iso != null && iso.length() == 10 && iso.compareTo(gold.get("from").asText()) >= 0
                && iso.compareTo(gold.get("to").asText()) <= 0;
    }

    @Test
    void datesAndDeadCountsStayAboveTheFloor() throws Exception {
        assumeTrue(Files.isRegularFile(DEV.resolve("docs.jsonl")), "development set not present");
        ObjectMapper om = new ObjectMapper();
        Map<String, Document> docs = new HashMap<>();
        for (String line : Files.readAllLines(DEV.resolve("docs.jsonl"))) {
            JsonNode n = om.readTree(line);
            Document d = new Document(n.get("id").asText(), n.get("text").asText(), null, LocalDate.parse(n.get("date").asText()),
                    null, null, "dev");
            new TextAnalyzer().annotate(d);
            new DateAnnotator().annotate(d);
            docs.put(d.id(), d);
        }
        SizeReader sizes = new SizeReader();
        int dates = 0, datesOk = 0, datesLagOk = 0, dead = 0, deadOk = 0;
        try (var files = Files.list(DEV)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("gold-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode g = om.readTree(line);
                    Document d = docs.get(g.get("doc").asText());
                    int pos = d == null ? -1 : d.text().indexOf(g.get("evidence").get(0).asText());
                    if (pos < 0) continue;
                    int tok = -1;
                    for (Token t : d.tokens()) if (t.start() >= pos) { tok = t.index(); break; }
                    Sentence s = null;
                    for (Sentence x : d.sentences()) if (x.firstToken() <= tok && tok < x.endToken()) s = x;
                    if (s == null) continue;
                    JsonNode gd = g.get("date");
                    if (gd != null && !gd.isNull() && g.get("required").asBoolean()) {
                        dates++;
                        if (inRange(EventDates.forEvent(d, s.index(), tok).iso(), gd)) datesOk++;
                        if (inRange(EventDates.forEvent(d, s.index(), tok, 1).iso(), gd)) datesLagOk++;
                    }
                    JsonNode gk = g.get("dead");
                    if (gk != null && !gk.isNull()) {
                        Size z = sizes.readNear(d, s, tok);
                        dead++;
                        if (z.dead() != null && z.dead() == gk.asInt()) deadOk++;
                    }
                }
            }
        }
        System.out.printf("dev: date %d/%d (default a day before the reference: %d), dead %d/%d%n",
                datesOk, dates, datesLagOk, deadOk, dead);
        assertTrue(dates > 0 && datesOk >= 0.75 * dates, "date " + datesOk + "/" + dates);
        assertTrue(dead > 0 && deadOk >= 0.80 * dead, "dead " + deadOk + "/" + dead);
    }
}
