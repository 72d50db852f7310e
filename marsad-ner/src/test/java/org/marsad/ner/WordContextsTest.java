package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordContextsTest {
    private final WordContexts contexts = WordContexts.shared();

    @Test
    void clubsFollowClubWordsAndCommonWordsFollowNothingOften() {
        assertTrue(contexts.size() > 3_000);
        // "الأهلي" follows "نادي"/"فريق" often in the news
        assertTrue(Arrays.asList(contexts.of("اهلي")).stream().anyMatch(k -> k.startsWith("CLUB:")), Arrays.toString(contexts.of("اهلي")));
        assertEquals(0, contexts.of("كلمةلاتوجد").length);
    }

    @Test
    void tokensAreLookedUpByTheirCoreAndCrossedWithTheArticle() {
        WordView v = new WordView("والأهلي", Gazetteer.shared());
        assertTrue(v.article);
        assertEquals(Arrays.asList(contexts.of("اهلي")), Arrays.asList(v.contexts));
        TokenFeatures tf = new TokenFeatures(new String[] {"فاز", "والأهلي", "123"}, Gazetteer.shared(), Set.of());
        List<String> f = Arrays.asList(tf.features(1));
        for (String k : v.contexts) {
            assertTrue(f.contains("tc=" + k), f.toString());
            assertTrue(f.contains("tc,art=" + k), f.toString());
        }
        assertTrue(Arrays.stream(tf.features(2)).noneMatch(x -> x.startsWith("tc")));
    }

    @Test
    void aWordWithoutContextsTakesThoseOfItsStem() {
        // "وليون" ("and Lyon") is not in the table, "ليون" is
        assertEquals(0, contexts.of("وليون").length);
        assertTrue(contexts.of("ليون").length > 0);
        WordView v = new WordView("وليون", Gazetteer.shared());
        assertEquals(Arrays.asList(contexts.of("ليون")), Arrays.asList(v.contexts));
    }
}
