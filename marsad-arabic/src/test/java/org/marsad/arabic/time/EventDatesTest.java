package org.marsad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.DateValue;
import org.marsad.core.Document;
import org.marsad.core.Token;

class EventDatesTest {
    private static Document doc(String text, LocalDate date, boolean annotate) {
        Document d = new Document("t", text, null, date, null, null, "t");
        new TextAnalyzer().annotate(d);
        if (annotate) new DateAnnotator().annotate(d);
        return d;
    }

    private static int token(Document d, String surface) {
        for (Token t : d.tokens()) if (t.surface().equals(surface)) return t.index();
        throw new AssertionError(surface);
    }

    private static int sentenceOf(Document d, int token) {
        return d.sentences().stream().filter(s -> s.firstToken() <= token && token < s.endToken()).findFirst().orElseThrow().index();
    }

    private static EventDate at(Document d, String trigger) {
        int t = token(d, trigger);
        return EventDates.forEvent(d, sentenceOf(d, t), t);
    }

    @Test
    void ownSentenceDateIsText() {
        Document d = doc("قتل 26 عنصرا من الميليشيات، السبت، في مواجهات عنيفة.", LocalDate.of(2018, 5, 19), true);
        EventDate e = at(d, "قتل");
        assertEquals(LocalDate.of(2018, 5, 19), e.value().from());
        assertEquals("text", e.source());
        assertEquals("السبت", e.text());
        assertEquals("day", e.precision());
        assertFalse(e.historical());
        assertEquals("السبت", d.text().substring(e.start(), e.end()));
    }

    @Test
    void nearestExpressionInTheClauseWins() {
        Document d = doc("وجاءت احتجاجات، السبت، بعد إعلان المعارضة إضرابا عاما في البلاد، الجمعة، وتنظيم مسيرة حاشدة الخميس.",
                LocalDate.of(2018, 7, 15), true);
        assertEquals(LocalDate.of(2018, 7, 14), at(d, "احتجاجات").value().from());
        assertEquals(LocalDate.of(2018, 7, 13), at(d, "إضرابا").value().from());
        assertEquals(LocalDate.of(2018, 7, 12), at(d, "مسيرة").value().from());
    }

    @Test
    void earlierSentenceOfTheParagraphIsContext() {
        Document d = doc("اندلعت اشتباكات أمس في المدينة. وقتل خمسة أشخاص في المواجهات.\nوقال الوزير إن الوضع هادئ.",
                LocalDate.of(2018, 7, 16), false);
        EventDate e = at(d, "وقتل");
        assertEquals("context", e.source());
        assertEquals(LocalDate.of(2018, 7, 15), e.value().from());
        assertEquals("أمس", e.text());
        EventDate next = at(d, "وقال");
        assertEquals("reference", next.source());
        assertEquals(LocalDate.of(2018, 7, 16), next.value().from());
        assertNull(next.text());
        assertEquals(-1, next.start());
    }

    @Test
    void referenceLagMovesOnlyTheDefault() {
        Document d = doc("وقال الوزير إن الوضع هادئ. وقتل خمسة أشخاص أمس.", LocalDate.of(2018, 7, 16), true);
        assertEquals(LocalDate.of(2018, 7, 15), EventDates.forEvent(d, 0, token(d, "وقال"), 1).value().from());
        assertEquals(LocalDate.of(2018, 7, 15), EventDates.forEvent(d, 1, token(d, "وقتل"), 1).value().from());
    }

    @Test
    void historicalDatesAreFlagged() {
        Document d = doc("واندلعت الاحتجاجات في 18 نيسان/أبريل ضد الحكومة. وفي عام 2011 قتل المئات.", LocalDate.of(2018, 7, 15), true);
        EventDate april = at(d, "واندلعت");
        assertEquals(LocalDate.of(2018, 4, 18), april.value().from());
        assertTrue(april.historical());
        EventDate y = at(d, "قتل");
        assertEquals("2011", y.iso());
        assertEquals("year", y.precision());
        assertTrue(y.historical());
    }

    @Test
    void plannedDatesAndBackgroundDoNotDateAnAct() {
        Document d = doc("وأدى الحكم إلى ارتفاع التوتر قبل انتخابات مقررة في 25 تموز/يوليو. وكان الرئيس قد تولى منصبه عام 2013. واعتقلت الشرطة 5 أشخاص.",
                LocalDate.of(2018, 7, 14), true);
        assertEquals("reference", at(d, "ارتفاع").source());
        assertEquals("reference", at(d, "واعتقلت").source());
    }

    @Test
    void noReferenceGivesNoDefault() {
        Document d = doc("وقال الوزير إن الوضع هادئ.", null, true);
        EventDate e = at(d, "وقال");
        assertNull(e.value());
        assertNull(e.iso());
    }

    @Test
    void historicalRule() {
        LocalDate ref = LocalDate.of(2018, 7, 16);
        assertTrue(EventDates.isHistorical(DateValue.day(LocalDate.of(2018, 6, 1), false), ref));
        assertFalse(EventDates.isHistorical(DateValue.day(LocalDate.of(2018, 6, 20), false), ref));
        assertTrue(EventDates.isHistorical(DateValue.day(LocalDate.of(2017, 12, 31), false), LocalDate.of(2018, 1, 2)));
    }
}
