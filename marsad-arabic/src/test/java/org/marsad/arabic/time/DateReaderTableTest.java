package org.marsad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.arabic.Tsv;

/** Every row of dates.tsv: the first time expression of the text and its normalised value. */
class DateReaderTableTest {
    private static final DateReader READER = new DateReader();

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String[] r : Tsv.fields(DateReaderTableTest.class, "dates.tsv")) out.add(Arguments.of((Object[]) r));
        return out.stream();
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(rows().count() >= 200);
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @MethodSource("rows")
    void reads(String text, String ref, String from, String to, String precision) {
        LocalDate reference = ref.equals("-") ? null : LocalDate.parse(ref);
        List<TimeExpression> found = READER.read(text, reference);
        String got;
        if (found.isEmpty()) got = "-";
        else if (found.get(0).isDuration()) got = "duration";
        else {
            var v = found.get(0).value();
            got = v.from() + "\t" + v.to() + "\t" + v.precision();
        }
        String want = from.equals("-") || from.equals("duration") ? from : from + "\t" + to + "\t" + precision;
        assertEquals(want, got, text);
    }
}
