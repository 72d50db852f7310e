package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;

class NerAnnotatorTest {
    static final String TEXT = "قال الرئيس الفرنسي جاك شيراك في باريس إن فرنسا تدعم الحل. "
            + "وأكد شيراك أن الأمم المتحدة ستعقد اجتماعا في نيويورك.";

    static List<String> names(Document d) {
        List<String> out = new ArrayList<>();
        for (Mention m : d.mentions()) {
            if (m.type().equals(MentionTypes.NAME)) out.add(d.slice(m.start(), m.end()) + "/" + m.value());
        }
        return out;
    }

    static Document annotated(String text) {
        Document d = Document.of("t", text);
        new TextAnalyzer().annotate(d);
        new NerAnnotator().annotate(d);
        return d;
    }

    @Test
    void findsPeoplePlacesAndOrganisationsWithOffsetsAndTokenRanges() {
        Document d = annotated(TEXT);
        List<String> names = names(d);
        assertTrue(names.contains("جاك شيراك/PER"), names.toString());
        assertTrue(names.contains("باريس/LOC"), names.toString());
        assertTrue(names.contains("فرنسا/LOC"), names.toString());
        assertTrue(names.contains("نيويورك/LOC"), names.toString());
        for (Mention m : d.mentions()) {
            assertEquals(d.tokens().get(m.firstToken()).start(), m.start());
            assertEquals(d.tokens().get(m.endToken() - 1).end(), m.end());
        }
    }

    @Test
    void readsNamesWithAttachedClitics() {
        List<String> names = names(annotated("وقال الرئيس المصري حسني مبارك في القاهرة إن مصر والسعودية تتفقان."));
        assertTrue(names.contains("حسني مبارك/PER"), names.toString());
        assertTrue(names.contains("القاهرة/LOC"), names.toString());
        assertTrue(names.contains("والسعودية/LOC"), names.toString());
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        List<String> expected = names(annotated(TEXT));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) futures.add(pool.submit(() -> names(annotated(TEXT))));
            for (Future<List<String>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
