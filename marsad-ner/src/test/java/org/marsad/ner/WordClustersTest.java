package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordClustersTest {
    private final WordClusters clusters = WordClusters.shared();

    @Test
    void wordsUsedAlikeShareAClass() {
        assertTrue(clusters.size() > 50_000);
        assertEquals(clusters.of("مصر").fine(), clusters.of("تونس").fine());
        assertEquals(clusters.of("محمد").fine(), clusters.of("احمد").fine());
        assertNotEquals(clusters.of("مصر").mid(), clusters.of("محمد").mid());
        assertNull(clusters.of("كلمةلاتوجد"));
    }

    @Test
    void namesRarelyCarryTheArticle() {
        assertEquals("0", clusters.of("محمد").article());
        assertEquals("3", clusters.of("متحده").article());
    }

    @Test
    void tokensAreLookedUpByTheirCore() {
        // "والقاهرة": conjunction and article removed before the look-up
        WordView v = new WordView("والقاهرة", Gazetteer.shared());
        assertEquals(clusters.of("قاهره"), v.classes);
        TokenFeatures tf = new TokenFeatures(new String[] {"زار", "والقاهرة", "كلمةلاتوجد"}, Gazetteer.shared(), Set.of());
        List<String> known = Arrays.asList(tf.features(1)), unknown = Arrays.asList(tf.features(2));
        assertTrue(known.contains("k3=" + v.classes.fine()), known.toString());
        assertTrue(unknown.contains("k=none"), unknown.toString());
    }
}
