package org.marsad.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.Engines;

/** Dates of records from the whole engine: each act takes the time expression of its own clause. */
class EventDatingTest {
    private static EventRecord byTrigger(List<EventRecord> records, String trigger) {
        return records.stream().filter(r -> r.trigger() != null && r.trigger().text().startsWith(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError(trigger + " not in " + Engines.describe(records)));
    }

    @Test
    void eachActOfTheSentenceTakesItsOwnDay() {
        List<EventRecord> r = Engines.extract("d1",
                "وجاءت احتجاجات، السبت، بعد إعلان المعارضة إضرابا عاما في البلاد، الجمعة، وتنظيم مسيرة حاشدة الخميس.", LocalDate.of(2018, 7, 15));
        assertEquals("2018-07-14", byTrigger(r, "احتجاجات").date());
        assertEquals("2018-07-13", byTrigger(r, "إضراب").date());
        assertEquals("2018-07-12", byTrigger(r, "مسيرة").date());
        assertEquals("text", byTrigger(r, "مسيرة").dateSource());
    }

    @Test
    void theFiercestAttackInAMonthIsDatedByTheSentencesDay() {
        List<EventRecord> r = Engines.extract("d2",
                "ذكر المرصد السوري لحقوق الإنسان، الأربعاء، أن تنظيم داعش شن أعنف هجوم منذ شهر ضد قوات سوريا الديمقراطية.",
                LocalDate.of(2018, 10, 10));
        EventRecord attack = Engines.one(r, "ASSAULT");
        assertEquals("2018-10-10", attack.date());
        assertEquals("الأربعاء", attack.dateText());
    }
}
