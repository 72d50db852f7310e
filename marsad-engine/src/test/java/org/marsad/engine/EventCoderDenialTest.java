package org.marsad.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;

/** A denial names the record it denies when that record is in the same article. */
class EventCoderDenialTest {
    @Test
    void denialPointsToTheAccusationItAnswers() {
        String text = "اتهمت منظمة العفو الدولية الحكومة المصرية بتعذيب المعتقلين.\nونفت الحكومة المصرية هذه الاتهامات.";
        Document doc = new Document("d", text, null, LocalDate.of(2019, 3, 2), null, null, "d");
        List<EventRecord> records = MarsadEngine.load().extract(doc);
        EventRecord accusation = records.stream().filter(r -> r.event().equals("ACCUSE")).findFirst().orElseThrow();
        EventRecord denial = records.stream().filter(r -> r.event().equals("REJECT")).findFirst().orElseThrow();
        assertNotNull(denial.denies(), "the denial should name the accusation");
        assertEquals(accusation.id(), denial.denies());
    }
}
