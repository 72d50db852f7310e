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
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Document;
import org.marsad.core.record.Size;

/** Counts read from news-style sentences (sizes.tsv), and the clause variant. */
class SizeReaderTest {
    private static final SizeReader READER = new SizeReader();

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String[] r : Tsv.fields(SizeReaderTest.class, "sizes.tsv")) out.add(Arguments.of((Object[]) r));
        return out.stream();
    }

    private static String show(Integer v) { return v == null ? "-" : v.toString(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reads(String text, String dead, String injured, String arrested, String participants, String approximate) {
        Size s = READER.read(text);
        String want = dead + " " + injured + " " + arrested + " " + participants + " " + approximate;
        String got = show(s.dead()) + " " + show(s.injured()) + " " + show(s.arrested()) + " " + show(s.participants()) + " "
                + (s.approximate().isEmpty() ? "-" : String.join(",", s.approximate()));
        assertEquals(want, got, text);
    }

    @Test
    void clauseRangeLimitsTheCounts() {
        Document d = Document.of("t", "قتل 5 أشخاص في الهجوم الأول، بينما أصيب 7 في الهجوم الثاني.");
        new TextAnalyzer().annotate(d);
        int comma = 0;
        while (!d.tokens().get(comma).surface().equals("،")) comma++;
        Size first = READER.read(d, 0, comma);
        assertEquals(5, first.dead());
        assertEquals(null, first.injured());
        Size second = READER.read(d, comma + 1, d.tokens().size());
        assertEquals(7, second.injured());
        assertEquals(null, second.dead());
        assertEquals(first.dead(), READER.read(d, d.sentences().get(0)).dead());
    }

    @Test
    void triggerPicksTheNearestCountOfARole() {
        Document d = Document.of("t", "وقتل 252 من الفصائل الموالية لأنقرة مقابل 281 من المقاتلين الأكراد خلال المعارك.");
        new TextAnalyzer().annotate(d);
        var s = d.sentences().get(0);
        assertEquals(252, READER.read(d, s).dead());
        int second = 0;
        while (!d.tokens().get(second).surface().equals("281")) second++;
        assertEquals(281, READER.readNear(d, s, second).dead());
        assertEquals(252, READER.readNear(d, s, 0).dead());
    }

    @Test
    void laterTotalsDoNotReplaceTheFirstCount() {
        assertEquals(18, READER.read("بعد مقتل 18 عنصرا يومي الخميس والجمعة، ما يرفع حصيلة القتلى إلى 54").dead());
    }

    @Test
    void longInputIsLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) sb.append("قتل 5 أشخاص وأصيب ").append(i % 90 + 1).append(" آخرين في 12 يوليو 2018، ");
        long t0 = System.nanoTime();
        Size s = READER.read(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(5, s.dead());
        assertTrue(ms < 10000, "took " + ms + " ms");
    }
}
