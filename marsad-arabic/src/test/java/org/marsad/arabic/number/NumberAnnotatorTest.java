package org.marsad.arabic.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Quantity;

class NumberAnnotatorTest {
    @Test
    void addsQuantitiesWithSpans() {
        Document d = Document.of("t", "قتل ما لا يقل عن 12 شخصا وأصيب قتيلان. وخرج آلاف المتظاهرين.");
        new TextAnalyzer().annotate(d);
        new NumberAnnotator().annotate(d);
        List<Mention> n = d.mentions().stream().filter(m -> m.type().equals(MentionTypes.NUMBER)).toList();
        assertEquals(3, n.size());
        assertEquals("ما لا يقل عن 12", d.slice(n.get(0).start(), n.get(0).end()));
        assertEquals(new Quantity(12, true, false, null), n.get(0).value());
        assertEquals(2, n.get(1).value(Quantity.class).value());
        assertEquals("قتيلان", n.get(1).value(Quantity.class).noun());
        assertEquals(new Quantity(1000, false, true, null), n.get(2).value());
        assertEquals(1, n.get(2).attrs().get("sentence"));
        assertEquals(false, n.get(0).attrs().get("time"));
    }

    @Test
    void numbersOfTimeExpressionsAreMarked() {
        Document d = Document.of("t", "قتل 3 أشخاص في 16 يوليو قبل ثلاثة أيام.");
        new TextAnalyzer().annotate(d);
        new NumberAnnotator().annotate(d);
        List<Object> time = d.mentions().stream().map(m -> m.attrs().get("time")).toList();
        assertEquals(List.of(false, true, true), time);
    }
}
