package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A short quotation after a word such as "programme" is read as a whole, with the word before it. */
class QuoteFeaturesTest {
    private static List<String> features(String sentence, int i) {
        TokenFeatures tf = new TokenFeatures(sentence.split(" "), Gazetteer.shared(), Set.of());
        return Arrays.asList(tf.features(i));
    }

    @Test
    void positionLengthAndTheWordBeforeTheQuotation() {
        String s = "قدم برنامج « حوار من القلب » امس";
        List<String> first = features(s, 3), last = features(s, 5);
        assertTrue(first.contains("q=first"), first.toString());
        assertTrue(first.contains("q=first,len=3"), first.toString());
        assertTrue(first.contains("q,pre=برنامج"), first.toString());
        assertTrue(first.contains("q=first,pre=برنامج"), first.toString());
        assertTrue(last.contains("q=last"), last.toString());
        assertTrue(features("شاهد فيلم \" حلم \" امس", 3).contains("q=only"));
    }

    @Test
    void aMarkWithoutItsCloseOrAroundALongSpeechIsNoTitle() {
        assertFalse(features("قال « ان الوضع صعب", 2).stream().anyMatch(f -> f.startsWith("q")));
        String speech = "قال « ان الوضع في البلاد صعب جدا ولا بد من حل سريع » امس";
        assertFalse(features(speech, 3).stream().anyMatch(f -> f.startsWith("q")));
    }
}
