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

    @Test
    void aSpanSinceIsNotTheDateOfTheAct() {
        // "أعنف هجوم منذ شهر": the fiercest attack in a month happened on the sentence's day, not a month ago
        Document d = doc("ذكر المرصد، الأربعاء، أن التنظيم شن أعنف هجوم منذ شهر، ضد القوات.", LocalDate.of(2018, 10, 10), true);
        EventDate e = at(d, "هجوم");
        assertEquals(LocalDate.of(2018, 10, 10), e.value().from());
        assertEquals("الأربعاء", e.text());
        // "الاحتجاجات المستمرة منذ 6 أسابيع": the start of the protests does not date the act of the clause
        Document g = doc("احتشد الفلسطينيون قرب الحدود في وقت سابق الاثنين، في اليوم قبل الأخير من الاحتجاجات المستمرة منذ 6 أسابيع، "
                + "وسارع الجيش إلى إطلاق الغاز المسيل للدموع على الأشخاص.", LocalDate.of(2018, 5, 15), true);
        EventDate gas = at(g, "الغاز");
        assertEquals(LocalDate.of(2018, 5, 14), gas.value().from());
        assertEquals("في وقت سابق الاثنين", gas.text());
        // without another expression the sentence falls back to the reference date
        Document r = doc("قتل في المعارك المستمرة منذ شهر 267 مسلحا.", LocalDate.of(2018, 10, 10), true);
        assertEquals("reference", at(r, "قتل").source());
        // "الذي يسيطر على السلطة منذ أحد عشر عاما": how long a state has lasted does not date the recommendation
        Document p = doc("وتأتي هذه المظاهرة بعد أن أوصت الشرطة بتوجيه اتهامات بالفساد لرئيس الوزراء الذي يسيطر على السلطة منذ أحد عشر عاما.",
                LocalDate.of(2018, 2, 16), true);
        assertEquals("reference", at(p, "اتهامات").source());
    }

    @Test
    void anActAfterGhadatIsTheDayBefore() {
        Document d = doc("وأتى القرار الأممي، الجمعة، غداة اتفاق الكوريتين على عقد قمة.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 30), at(d, "القرار").value().from());
        EventDate agreement = at(d, "اتفاق");
        assertEquals(LocalDate.of(2018, 3, 29), agreement.value().from());
        assertEquals("text", agreement.source());
        assertEquals("الجمعة", agreement.text());
        // "عشية": the governed act is the day after, when that is not after the reference date
        Document e = doc("واعتقلت الشرطة عشرة ناشطين الخميس عشية تظاهرة للمعارضة.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 30), at(e, "تظاهرة").value().from());
        // a next day after the reference date is not dated by the shift: the sentence's day stays
        Document late = doc("واعتقلت الشرطة عشرة ناشطين اليوم عشية تظاهرة للمعارضة.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 31), at(late, "تظاهرة").value().from());
        // an expression after the preposition is the governed act's own
        Document own = doc("أتى القرار غداة اتفاق الخميس.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 29), at(own, "اتفاق").value().from());
        // and the act before "غداة" is the day after it; the one before "عشية" the day before
        assertEquals(LocalDate.of(2018, 3, 30), at(own, "القرار").value().from());
        Document eve = doc("اعتقلت الشرطة ناشطين عشية تظاهرة الجمعة.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 29), at(eve, "اعتقلت").value().from());
    }

    @Test
    void anExpressionBeyondAPrepositionOfSequenceBelongsToTheGovernedAct() {
        Document d = doc("وأعلنت الشرطة، السبت، اعتقال 5 أشخاص بعد تفجير الخميس.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 31), at(d, "اعتقال").value().from());
        assertEquals(LocalDate.of(2018, 3, 29), at(d, "تفجير").value().from());
        // with no other expression the governed one is still the nearest day the text gives
        Document only = doc("اعتقلت الشرطة 5 أشخاص بعد تفجير وقع الخميس.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 29), at(only, "اعتقلت").value().from());
        // the afternoon ("بعد ظهر الخميس") is a part of the day, not a later act
        Document noon = doc("اعتقلت الشرطة 5 أشخاص بعد ظهر الخميس.", LocalDate.of(2018, 3, 31), true);
        assertEquals(LocalDate.of(2018, 3, 29), at(noon, "اعتقلت").value().from());
        // with nothing of its own, an act after "عقب" keeps the sentence's day: the nearest the text allows
        Document after = doc("ينتشر الجنود اليوم الأربعاء عقب تفجير انتحاري في المدينة.", LocalDate.of(2017, 5, 24), true);
        assertEquals(LocalDate.of(2017, 5, 24), at(after, "تفجير").value().from());
    }

    @Test
    void theSameDayTakesTheLastDayNamed() {
        Document d = doc("وأكد المسؤول، في بيان الجمعة، أن الضحايا مدنيون.\nواتهم تقرير لمنظمة حقوقية، في اليوم ذاته، التحالف بالتخاذل.\n"
                + "وفي اليوم التالي تظاهر المئات.\nوفي نفس اليوم اعتقلت الشرطة عشرة.", LocalDate.of(2018, 8, 26), true);
        EventDate same = at(d, "واتهم");
        assertEquals(LocalDate.of(2018, 8, 24), same.value().from());
        assertEquals("context", same.source());
        assertEquals(LocalDate.of(2018, 8, 25), at(d, "تظاهر").value().from());
        assertEquals(LocalDate.of(2018, 8, 24), at(d, "اعتقلت").value().from());
    }

    @Test
    void aContinuedStatementKeepsTheDayOfTheLastParagraph() {
        Document d = doc("وزادت حدة التوتر الخميس عندما أكد رئيس الحزب أن مئات من ناشطيه اعتقلوا.\n"
                + "وتابع رئيس الحزب منتقدا تزويرا صارخا قبل الانتخابات.\nوقال الوزير إن الوضع هادئ.", LocalDate.of(2018, 7, 14), true);
        EventDate e = at(d, "منتقدا");
        assertEquals("context", e.source());
        assertEquals(LocalDate.of(2018, 7, 12), e.value().from());
        assertEquals("reference", at(d, "وقال").source());
    }
}
