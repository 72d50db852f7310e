package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
    private final WordVectors vectors = WordVectors.shared();

    private double cosine(String a, String b) {
        int x = vectors.row(a), y = vectors.row(b);
        double dot = 0, nx = 0, ny = 0;
        for (int d = 0; d < vectors.dims(); d++) {
            dot += vectors.value(x, d) * vectors.value(y, d);
            nx += vectors.value(x, d) * vectors.value(x, d);
            ny += vectors.value(y, d) * vectors.value(y, d);
        }
        return dot / Math.sqrt(nx * ny);
    }

    @Test
    void wordsUsedAlikeHaveCloseVectors() {
        assertTrue(vectors.size() > 50_000);
        assertTrue(cosine("مصر", "تونس") > cosine("مصر", "محمد"));
        assertTrue(cosine("محمد", "احمد") > cosine("محمد", "تونس"));
        assertEquals(-1, vectors.row("كلمةلاتوجد"));
    }

    @Test
    void tokensAreLookedUpByTheirCore() {
        assertEquals(vectors.row("قاهره"), new WordView("والقاهرة", Gazetteer.shared()).vector);
        assertEquals(-1, new WordView("كلمةلاتوجد", Gazetteer.shared()).vector);
    }

    @Test
    void vectorWeightsScoreFromTheTableAsFromTheVectors() throws Exception {
        int n = 3;
        VectorWeights w = new VectorWeights(1, 4, 0.5f, n, new float[3 * 4 * n]);
        for (int i = 0; i < w.weights.length; i++) w.weights[i] = (i % 7) - 3;
        int[] rows = {vectors.row("مصر"), -1, vectors.row("تونس")};
        float[][] direct = w.emissions(rows, w.weights), table = w.emissions(rows);
        for (int i = 0; i < rows.length; i++) for (int c = 0; c < n; c++) assertEquals(direct[i][c], table[i][c], 1e-4);
        SequenceModel m = new SequenceModel(new String[] {"O", "B-X", "I-X"}, java.util.Map.of(), new float[0], new float[4 * n],
                java.util.Set.of(), w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.save(bytes);
        SequenceModel loaded = SequenceModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of(1, 4), List.of(loaded.vectors.window, loaded.vectors.dims));
        assertEquals(java.util.Arrays.toString(w.weights), java.util.Arrays.toString(loaded.vectors.weights));
    }
}
