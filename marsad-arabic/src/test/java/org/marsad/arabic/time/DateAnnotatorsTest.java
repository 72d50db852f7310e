package org.marsad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.DateValue;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;

class DateAnnotatorsTest {
    private static Document analysed(String text, LocalDate date) {
        Document d = new Document("t", text, null, date, null, null, "t");
        new TextAnalyzer().annotate(d);
        return d;
    }

    @Test
    void datelineBecomesTheReference() {
        for (String line : new String[] {"الاثنين 16 يوليو/تموز 2018", "2018-07-16", "16/07/2018", "لندن - 16 يوليو 2018"}) {
            Document d = analysed(line + "\nقتل خمسة أشخاص أمس في هجوم.", null);
            new ReferenceDateAnnotator().annotate(d);
            assertEquals(LocalDate.of(2018, 7, 16), d.referenceDate(), line);
            new DateAnnotator().annotate(d);
            assertTrue(d.mentions().stream().anyMatch(m -> LocalDate.of(2018, 7, 15).equals(m.value(DateValue.class).from())), line);
        }
    }

    @Test
    void aDateAfterARelativeOneIsNotADateline() {
        Document d = analysed("سيتواصل غدا الأربعاء 8 مارس 2017 هبوب رياح عاتية.", null);
        new ReferenceDateAnnotator().annotate(d);
        assertNull(d.referenceDate());
        Document late = analysed("أعلنت الحكومة في بيان صدر عنها أمس أن الاجتماع سيعقد يوم 19 فبراير 2017 في العاصمة.", null);
        new ReferenceDateAnnotator().annotate(late);
        assertNull(late.referenceDate());
    }

    @Test
    void givenDateIsKept() {
        Document d = analysed("16/07/2018\nقتل خمسة أشخاص.", LocalDate.of(2018, 7, 20));
        new ReferenceDateAnnotator().annotate(d);
        assertEquals(LocalDate.of(2018, 7, 20), d.referenceDate());
    }

    @Test
    void noDatelineLeavesNoReference() {
        Document d = analysed("قتل خمسة أشخاص أمس في هجوم.", null);
        new ReferenceDateAnnotator().annotate(d);
        assertNull(d.referenceDate());
        new DateAnnotator().annotate(d);
        assertTrue(d.mentions().isEmpty());
    }

    @Test
    void dateMentionsCarryValuesAndSkipDurations() {
        Document d = analysed("اعتقلت الشرطة أمس خمسة أشخاص. واستمرت الاحتجاجات لمدة ثلاثة أيام.", LocalDate.of(2018, 7, 16));
        new DateAnnotator().annotate(d);
        List<Mention> dates = d.mentions().stream().filter(m -> m.type().equals(MentionTypes.DATE)).toList();
        assertEquals(1, dates.size());
        Mention m = dates.get(0);
        assertEquals("أمس", d.slice(m.start(), m.end()));
        assertEquals(DateValue.day(LocalDate.of(2018, 7, 15), true), m.value());
        assertEquals(0, m.attrs().get("sentence"));
        assertEquals(true, m.attrs().get("relative"));
    }

    @Test
    void emptyAndPunctuationOnlyDocumentsAreFine() {
        for (String text : new String[] {"", "،،، ... !!", "2018"}) {
            Document d = analysed(text, null);
            new ReferenceDateAnnotator().annotate(d);
            new DateAnnotator().annotate(d);
            assertNull(d.referenceDate());
            EventDate e = EventDates.forEvent(d, 5, 0);
            assertEquals("reference", e.source());
        }
    }

    @Test
    void durationsAreRead() {
        List<TimeExpression> e = new DateReader().read("لمدة ثلاثة أيام", LocalDate.of(2018, 7, 16));
        assertEquals(1, e.size());
        assertTrue(e.get(0).isDuration());
        assertEquals(3, e.get(0).durationDays());
    }

    @Test
    void longInputIsLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) sb.append("قتل 5 أشخاص مساء الخميس الماضي في 12 يوليو 2018 و").append(i % 28 + 1).append("/7/2018، ");
        long t0 = System.nanoTime();
        List<TimeExpression> e = new DateReader().read(sb.toString(), LocalDate.of(2018, 7, 16));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.size() >= 8000, "found " + e.size());
        assertTrue(ms < 10000, "took " + ms + " ms");
    }
}
