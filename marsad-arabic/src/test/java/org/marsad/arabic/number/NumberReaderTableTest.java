package org.marsad.arabic.number;

import org.marsad.arabic.Tsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.Quantity;

/** Every row of numbers.tsv: the first number of the text, its flags and its fused noun. */
class NumberReaderTableTest {
    private static final NumberReader READER = new NumberReader();

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String[] r : Tsv.fields(NumberReaderTableTest.class, "numbers.tsv")) out.add(Arguments.of((Object[]) r));
        return out.stream();
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(rows().count() >= 150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reads(String text, String value, String flags, String noun) {
        List<NumberReader.NumberMatch> found = READER.read(text);
        if (value.equals("none")) {
            assertTrue(found.isEmpty(), text + " -> " + found);
            return;
        }
        assertTrue(!found.isEmpty(), text);
        Quantity q = found.get(0).quantity();
        String gotFlags = q.bound() && q.vague() ? "bound,vague" : q.bound() ? "bound" : q.vague() ? "vague" : "-";
        assertEquals(value + " " + flags + " " + (noun.equals("-") ? "-" : ArabicNormalizer.normalize(noun)),
                q.value() + " " + gotFlags + " " + (q.noun() == null ? "-" : q.noun()), text);
    }
}
