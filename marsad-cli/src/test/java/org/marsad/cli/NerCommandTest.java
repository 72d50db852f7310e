package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandTest {
    @TempDir Path dir;

    @Test
    void writesTheSameTokensWithBioLabelsAndKeepsSentenceBreaks() throws Exception {
        Path in = dir.resolve("in.conll"), out = dir.resolve("out.conll");
        Files.writeString(in, "قال\nالرئيس\nالفرنسي\nجاك\nشيراك\nفي\nباريس\n\nوصل\nالوفد\n", StandardCharsets.UTF_8);
        assertEquals(0, Main.run("ner", "--conll", in.toString(), "--output", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of("قال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "", "وصل", "الوفد", ""),
                lines.stream().map(l -> l.split("\t")[0]).toList());
        for (String l : lines) {
            if (!l.isEmpty()) assertTrue(l.split("\t")[1].matches("O|[BI]-(PER|LOC|ORG|MISC)"), l);
        }
        assertEquals("جاك\tB-PER", lines.get(3));
        assertEquals("شيراك\tI-PER", lines.get(4));
        assertEquals("باريس\tB-LOC", lines.get(6));
    }
}
