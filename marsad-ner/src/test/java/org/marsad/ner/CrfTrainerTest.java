package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {
    private static PerceptronTrainer.Settings crf(int epochs) {
        return new PerceptronTrainer.Settings(epochs, 1, 7, 2, PerceptronTrainer.Settings.WORD_DROPOUT, PerceptronTrainer.Learner.CRF);
    }

    @Test
    void learnsATinyCorpusDeterministically() throws Exception {
        List<ConllSentence> data = Conll.read(new StringReader(SmokeTrainingTest.TINY));
        SequenceModel a = PerceptronTrainer.train(data, crf(10));
        SequenceModel b = PerceptronTrainer.train(data, crf(10));
        List<String> labels = new NameTagger(a).tag(data.get(0).tokens());
        assertEquals(List.of("B-PER", "I-PER"), labels.subList(2, 4));
        assertEquals("B-LOC", labels.get(5));
        ByteArrayOutputStream bytesA = new ByteArrayOutputStream(), bytesB = new ByteArrayOutputStream();
        a.save(bytesA);
        b.save(bytesB);
        assertArrayEquals(bytesA.toByteArray(), bytesB.toByteArray());
    }

    @Test
    void movesTheWordVectorWeightsToo() throws Exception {
        List<ConllSentence> data = Conll.read(new StringReader(SmokeTrainingTest.TINY));
        SequenceModel model = PerceptronTrainer.train(data, crf(3));
        double sum = 0;
        for (float x : model.vectors.weights) sum += Math.abs(x);
        assertEquals(true, sum > 0, "vector weights untouched");
    }

    @Test
    void theDefaultSettingIsTheCrf() {
        assertEquals(PerceptronTrainer.Learner.CRF, PerceptronTrainer.Settings.defaults().learner());
        assertEquals(5, PerceptronTrainer.Settings.defaults().epochs());
        assertEquals(PerceptronTrainer.Learner.PERCEPTRON, new PerceptronTrainer.Settings(5, 1, 7).learner());
    }
}
