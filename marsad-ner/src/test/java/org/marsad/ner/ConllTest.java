package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
    @Test
    void readsWritesAndReadsBackTheSameSentences() throws Exception {
        String text = "-DOCSTART- O\n\nقال O\nجاك B-PERS\nشيراك I-PERS\n\n\nفي O\nباريس B-LOC\n";
        List<ConllSentence> read = Conll.read(new StringReader(text));
        assertEquals(2, read.size());
        assertEquals(List.of("قال", "جاك", "شيراك"), read.get(0).tokens());
        assertEquals(List.of("O", "B-PERS", "I-PERS"), read.get(0).labels());
        StringWriter out = new StringWriter();
        Conll.write(out, read);
        assertEquals("قال\tO\nجاك\tB-PERS\nشيراك\tI-PERS\n\nفي\tO\nباريس\tB-LOC\n\n", out.toString());
        assertEquals(read, Conll.read(new StringReader(out.toString())));
    }

    @Test
    void aFileOfTokensAloneHasNoLabels() throws Exception {
        List<ConllSentence> read = Conll.read(new StringReader("قال\nشيراك\n"));
        assertFalse(read.get(0).labelled());
        assertTrue(Conll.read(new StringReader("a\tx\tO\n")).get(0).labelled());
    }

    @Test
    void spansReadPersAsPerAndStrayInsideAsABeginning() {
        var spans = BioLabels.spans(List.of("B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "I-LOC"));
        assertEquals(4, spans.length);
        assertEquals("PER", spans[0].getType());
        assertEquals(2, spans[0].length());
        assertEquals("LOC", spans[1].getType());
        assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-LOC"), List.of(BioLabels.labels(spans, 6)));
    }
}
