package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model, trained on the first 90% of the corpus, keeps its score on the last 10%. */
class ShippedModelHeldOutTest {
    static final Path CORPUS = Path.of("../../shared/data/ner/anercorp/train.conll");
    /** The micro F1 the shipped model reached on the held-out tail (docs/ner.md), less rounding slack. */
    static final double REACHED_F1 = 0.80;

    @Test
    void heldOutTailScoresAtLeastTheRecordedLevel() throws Exception {
        assumeTrue(Files.isRegularFile(CORPUS), "shared corpus not present");
        List<ConllSentence> tail = HeldOutSplit.tail(Conll.read(CORPUS), 0.1);
        NerEvaluation e = NerEvaluation.run(NameTagger.shipped()::tagDocument, tail, null);
        assertTrue(e.f1() >= REACHED_F1, e.summary());
    }
}
