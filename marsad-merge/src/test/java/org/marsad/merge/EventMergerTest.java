package org.marsad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.merge.Records.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.GeoDistance;
import org.marsad.core.record.EventRecord;

class EventMergerTest {
    private final EventMerger merger = new EventMerger(MergeConfig.DEFAULT);

    @Test
    void reportsOfOneEventFromSeveralOutletsBecomeOneEvent() {
        EventRecord a = assault("r1", "d1", "Outlet A", "2018-06-06").build();
        EventRecord b = assault("r2", "d2", "Outlet B", "2018-06-07").build();
        List<MergedEvent> out = merger.merge(List.of(a, b));
        assertEquals(1, out.size());
        MergedEvent m = out.get(0);
        assertEquals(List.of("r1", "r2"), m.mentions());
        assertEquals(List.of("Outlet A", "Outlet B"), m.sources());
        assertEquals(List.of("2018-06-06", "2018-06-07"), m.dateRange());
        assertEquals("2018-06-06", m.firstSeen());
        assertEquals("2018-06-07", m.lastSeen());
        assertEquals(2, m.reports());
    }

    @Test
    void conflictingFiguresAreKeptPerClaimantAndFlagged() {
        EventRecord a = claimant(dead(assault("r1", "d1", "Outlet A", "2018-06-06"), 17), actor("IRQ", null, "COP")).build();
        EventRecord b = claimant(dead(assault("r2", "d2", "Outlet B", "2018-06-06"), 16), actor("IRQ", null, "GOV")).build();
        EventRecord c = dead(assault("r3", "d3", "Outlet C", "2018-06-06"), 17).build();
        MergedEvent m = merger.merge(List.of(a, b, c)).get(0);
        assertEquals(List.of("dead"), m.disputed());
        @SuppressWarnings("unchecked")
        Map<String, Object> dead = (Map<String, Object>) m.size().get("dead");
        assertEquals(16, dead.get("min"));
        assertEquals(17, dead.get("max"));
        assertEquals(Map.of("IRQ/COP", 17, "IRQ/GOV", 16, "Outlet C", 17), dead.get("by_claimant"));
        assertNull(m.size().get("injured"));
        assertEquals(2, m.claimants().size());
    }

    @Test
    void agreeingFiguresAreNotDisputed() {
        EventRecord a = dead(assault("r1", "d1", "Outlet A", "2018-06-06"), 5).build();
        EventRecord b = dead(assault("r2", "d2", "Outlet B", "2018-06-06"), 5).build();
        MergedEvent m = merger.merge(List.of(a, b)).get(0);
        assertTrue(m.disputed().isEmpty());
    }

    @Test
    void copiesOfOneArticleCountOnce() {
        // d1 and d2 are one wire story; d3 reports independently.
        EventRecord a = claimant(dead(assault("r1", "d1", "Outlet A", "2018-06-06"), 3), actor("IRQ", null, "COP")).build();
        EventRecord b = claimant(dead(assault("r2", "d2", "Outlet B", "2018-06-06"), 4), actor("IRQ", null, "COP")).build();
        EventRecord c = claimant(dead(assault("r3", "d3", "Outlet C", "2018-06-06"), 3), actor("IRQ", null, "COP")).build();
        Map<String, String> copies = Map.of("d1", "d1", "d2", "d1", "d3", "d3");
        MergedEvent m = merger.merge(List.of(a, b, c), copies).get(0);
        assertEquals(3, m.mentions().size());
        assertEquals(List.of("Outlet A", "Outlet B", "Outlet C"), m.sources());
        assertEquals(2, m.reports());
        // The copy's different figure is not a second, independent claim.
        assertTrue(m.disputed().isEmpty());
        assertEquals(1, m.claimants().size());
    }

    @Test
    void copiesAreFoundFromEvidenceWhenNoClustersAreGiven() {
        String wire = "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا في حي الكرادة وسط بغداد مساء الأحد";
        EventRecord a = evidence(dead(assault("r1", "d1", "Outlet A", "2018-06-06"), 3), wire).build();
        EventRecord b = evidence(dead(assault("r2", "d2", "Outlet B", "2018-06-06"), 4), wire + ".").build();
        EventRecord c = evidence(dead(assault("r3", "d3", "Outlet C", "2018-06-06"), 3),
                "أعلنت الشرطة العراقية أن ثلاثة مدنيين لقوا حتفهم في تفجير ضرب منطقة تجارية في العاصمة").build();
        MergedEvent m = merger.merge(List.of(a, b, c)).get(0);
        assertEquals(2, m.reports());
        assertTrue(m.disputed().isEmpty());
    }

    @Test
    void radiusThresholdDecides() {
        // Baghdad and Baqubah are about 50 km apart.
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord.Builder bb = assault("r2", "d2", "B", "2018-06-06");
        bb.location = place("Baqubah", "IRQ", 33.75, 44.64, "city");
        EventRecord b = bb.build();
        double km = GeoDistance.km(33.31, 44.36, 33.75, 44.64);
        assertTrue(km > 50 && km < 60, "distance " + km);
        assertEquals(2, new EventMerger(MergeConfig.DEFAULT.withRadiusKm(50)).merge(List.of(a, b)).size());
        assertEquals(1, new EventMerger(MergeConfig.DEFAULT.withRadiusKm(60)).merge(List.of(a, b)).size());
    }

    @Test
    void dateWindowThresholdDecides() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord b = assault("r2", "d2", "B", "2018-06-09").build();
        assertEquals(2, new EventMerger(MergeConfig.DEFAULT.withDateWindowDays(2)).merge(List.of(a, b)).size());
        assertEquals(1, new EventMerger(MergeConfig.DEFAULT.withDateWindowDays(3)).merge(List.of(a, b)).size());
    }

    @Test
    void monthPrecisionDateOverlapsItsDays() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-20").build();
        EventRecord.Builder bb = assault("r2", "d2", "B", "2018-06-21");
        bb.date = "2018-06";
        assertEquals(1, merger.merge(List.of(a, bb.build())).size());
    }

    @Test
    void differentFamiliesActorsOrCountriesStayApart() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord.Builder protest = assault("r2", "d2", "B", "2018-06-06");
        protest.event = "PROTEST";
        EventRecord.Builder otherActor = assault("r3", "d3", "C", "2018-06-06");
        otherActor.actor = actor(null, "ISIS", "REB");
        EventRecord.Builder knownActor = assault("r4", "d4", "D", "2018-06-06");
        knownActor.actor = actor("IRQ", null, "MIL");
        assertEquals(2, merger.merge(List.of(a, protest.build())).size());
        // r1's actor is unknown: it may join either, but r3 and r4 never share an event.
        List<MergedEvent> out = merger.merge(List.of(a, otherActor.build(), knownActor.build()));
        assertEquals(2, out.size());
        for (MergedEvent m : out) assertTrue(!(m.mentions().contains("r3") && m.mentions().contains("r4")));
    }

    @Test
    void assaultAndCoerceAreOneFamilyStatementsAnother() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord.Builder coerce = assault("r2", "d2", "B", "2018-06-06");
        coerce.event = "COERCE";
        EventRecord.Builder accuse = assault("r3", "d3", "C", "2018-06-06");
        accuse.event = "ACCUSE";
        assertEquals(2, merger.merge(List.of(a, coerce.build(), accuse.build())).size());
        assertEquals("VIOLENCE", EventFamilies.standard().familyOf("COERCE"));
        assertEquals("VERBAL_CONFLICT", EventFamilies.standard().familyOf("ACCUSE"));
    }

    @Test
    void unknownPlaceMergesOnlyWithinTheSameCountry() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord.Builder unknownIrq = assault("r2", "d2", "B", "2018-06-06");
        unknownIrq.location = null;
        EventRecord.Builder unknownSyr = assault("r3", "d3", "C", "2018-06-06");
        unknownSyr.location = null;
        unknownSyr.recipient = actor("SYR", null, "CVL");
        assertEquals(1, merger.merge(List.of(a, unknownIrq.build())).size());
        assertEquals(2, merger.merge(List.of(a, unknownSyr.build())).size());
    }

    @Test
    void coarsePlacesInDifferentProvincesStayApart() {
        EventRecord.Builder a = assault("r1", "d1", "A", "2018-06-06");
        a.location = new org.marsad.core.record.PlaceRef("Anbar", "Anbar", null, "IRQ", "Anbar", 33.0, 42.0, "admin1", null, null);
        EventRecord.Builder b = assault("r2", "d2", "B", "2018-06-06");
        b.location = new org.marsad.core.record.PlaceRef("Basra", "Basra", null, "IRQ", "Basra", 30.5, 47.8, "city", null, null);
        EventRecord.Builder c = assault("r3", "d3", "C", "2018-06-06");
        c.location = new org.marsad.core.record.PlaceRef("Ramadi", "Ramadi", null, "IRQ", "Anbar", 33.42, 43.3, "city", null, null);
        assertEquals(2, merger.merge(List.of(a.build(), b.build())).size());
        assertEquals(1, merger.merge(List.of(a.build(), c.build())).size());
    }

    @Test
    void stateForcesAndArmedGroupsOfOneCountryAreDifferentActors() {
        EventRecord.Builder a = assault("r1", "d1", "A", "2018-06-06");
        a.actor = actor("YEM", null, "MIL");
        EventRecord.Builder b = assault("r2", "d2", "B", "2018-06-06");
        b.actor = actor("YEM", null, "REB");
        EventRecord.Builder c = assault("r3", "d3", "C", "2018-06-06");
        c.actor = actor("YEM", null, "COP");
        assertEquals(2, merger.merge(List.of(a.build(), b.build())).size());
        assertEquals(1, merger.merge(List.of(a.build(), c.build())).size());
    }

    @Test
    void recordsOfOneDocumentAreDistinctEvents() {
        EventRecord a = assault("r1", "d1", "A", "2018-06-06").build();
        EventRecord b = assault("r2", "d1", "A", "2018-06-06").build();
        assertEquals(2, merger.merge(List.of(a, b)).size());
    }

    @Test
    void eventIdsAreStableWhateverTheInputOrder() {
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            EventRecord.Builder b = assault("r" + i, "d" + i, "S" + (i % 4), "2018-06-" + (10 + i % 7));
            b.location = place("P" + (i % 5), "IRQ", 30.0 + (i % 5), 44.0, "city");
            records.add(b.build());
        }
        List<String> ids = merger.merge(records).stream().map(MergedEvent::eventId).sorted().toList();
        for (int round = 0; round < 5; round++) {
            List<EventRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(round));
            assertEquals(ids, merger.merge(shuffled).stream().map(MergedEvent::eventId).sorted().toList());
        }
        assertEquals(MergedEventBuilder.eventId(List.of("a", "b")), MergedEventBuilder.eventId(List.of("a", "b")));
        assertNotEquals(MergedEventBuilder.eventId(List.of("a", "b")), MergedEventBuilder.eventId(List.of("a", "c")));
        assertTrue(ids.get(0).matches("m-[0-9a-f]{16}"));
    }

    @Test
    void singleRecordKeepsItsFields() {
        EventRecord a = dead(assault("r1", "d1", "A", "2018-06-06"), 2).build();
        MergedEvent m = MergedEvent.single(a);
        assertEquals(List.of("r1"), m.mentions());
        assertEquals("ASSAULT", m.event());
        assertEquals("2018-06-06", m.date());
        assertTrue(m.disputed().isEmpty());
    }
}
