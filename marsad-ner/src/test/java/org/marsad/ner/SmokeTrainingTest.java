package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTrainingTest {
    static final String TINY = """
            قال O
            الرئيس O
            جاك B-PERS
            شيراك I-PERS
            في O
            باريس B-LOC

            زار O
            جاك B-PERS
            شيراك I-PERS
            مقر O
            الأمم B-ORG
            المتحدة I-ORG

            وصل O
            الوفد O
            إلى O
            باريس B-LOC
            """;

    @Test
    void learnsATinyCorpusDeterministicallyAndSavesIt() throws Exception {
        List<ConllSentence> data = Conll.read(new StringReader(TINY));
        SequenceModel a = PerceptronTrainer.train(data, new PerceptronTrainer.Settings(5, 1, 7));
        SequenceModel b = PerceptronTrainer.train(data, new PerceptronTrainer.Settings(5, 1, 7));
        NameTagger tagger = new NameTagger(a);
        // the names of a training sentence are found (three sentences are too few to expect every
        // word's label: the shared word-class features of "الرئيس" are learned from other words)
        List<String> labels = tagger.tag(data.get(0).tokens());
        assertEquals(List.of("B-PER", "I-PER"), labels.subList(2, 4));
        assertEquals("B-LOC", labels.get(5));
        ByteArrayOutputStream bytesA = new ByteArrayOutputStream(), bytesB = new ByteArrayOutputStream();
        a.save(bytesA);
        b.save(bytesB);
        SequenceModel loaded = SequenceModel.load(new ByteArrayInputStream(bytesA.toByteArray()));
        assertEquals(tagger.tag(data.get(1).tokens()), new NameTagger(loaded).tag(data.get(1).tokens()));
        assertEquals(a.featureCount(), b.featureCount());
        assertEquals(List.of(a.weights.length), List.of(b.weights.length));
        assertEquals(java.util.Arrays.toString(a.weights), java.util.Arrays.toString(b.weights));
    }

    @Test
    void heldOutSplitTakesTheTail() {
        List<Integer> ten = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(9, HeldOutSplit.splitPoint(10, 0.1));
        assertEquals(10, HeldOutSplit.splitPoint(10, 0.0));
        assertEquals(ten.subList(9, 10), ten.subList(HeldOutSplit.splitPoint(10, 0.1), 10));
    }
}
