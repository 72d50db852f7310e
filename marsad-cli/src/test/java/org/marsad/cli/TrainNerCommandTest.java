package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {
    @TempDir Path dir;

    @Test
    void trainsATinyModelThatTheNerCommandCanUse() throws Exception {
        Path train = dir.resolve("train.conll"), model = dir.resolve("tiny.bin");
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            data.append("زار O\nجاك B-PERS\nشيراك I-PERS\nمدينة O\nباريس B-LOC\n\n");
            data.append("قالت O\nالأمم B-ORG\nالمتحدة I-ORG\nأمس O\n\n");
        }
        Files.writeString(train, data, StandardCharsets.UTF_8);
        assertEquals(0, Main.run("train-ner", "--train", train.toString(), "--heldout-fraction", "0.2",
                "--epochs", "3", "--model", model.toString()));
        assertTrue(Files.size(model) > 0);
        Path in = dir.resolve("in.conll"), out = dir.resolve("out.conll");
        Files.writeString(in, "زار\nجاك\nشيراك\nمدينة\nباريس\n", StandardCharsets.UTF_8);
        assertEquals(0, Main.run("ner", "--conll", in.toString(), "--output", out.toString(), "--model", model.toString()));
        assertEquals("زار\tO\nجاك\tB-PER\nشيراك\tI-PER\nمدينة\tO\nباريس\tB-LOC\n\n", Files.readString(out, StandardCharsets.UTF_8));
    }
}
