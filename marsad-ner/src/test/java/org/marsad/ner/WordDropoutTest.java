package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDropoutTest {
    @Test
    void onlyTheWordsOwnIdentityIsHidden() {
        assertTrue(PerceptronTrainer.isLexical("w=محمد"));
        assertTrue(PerceptronTrainer.isLexical("c=محمد"));
        assertTrue(PerceptronTrainer.isLexical("s=محمد"));
        assertFalse(PerceptronTrainer.isLexical("c-1=قال"));
        assertFalse(PerceptronTrainer.isLexical("x2=مد"));
        assertFalse(PerceptronTrainer.isLexical("k3=f12"));
    }

    @Test
    void dropsTheLexicalIdsOfTheChosenTokensDeterministically() {
        boolean[] lexical = {true, false, true, false};
        int[][] ids = {{0, 1, 2, 3}, {1, 3}, {0, 2}};
        assertArrayEquals(ids, PerceptronTrainer.dropWords(ids, lexical, new Random(1), 0));
        int[][] all = PerceptronTrainer.dropWords(ids, lexical, new Random(1), 1);
        assertArrayEquals(new int[][] {{1, 3}, {1, 3}, {}}, all);
        assertArrayEquals(PerceptronTrainer.dropWords(ids, lexical, new Random(5), 0.5),
                PerceptronTrainer.dropWords(ids, lexical, new Random(5), 0.5));
        assertArrayEquals(new int[] {0, 1, 2, 3}, ids[0], "the input is left as it was");
    }
}
