package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.Status;
import org.marsad.core.record.TextSpan;

/** The built-in scorer on a hand-made gold/prediction pair. */
class GoldScorerTest {
    private static final String TEXT = "اعتقلت الشرطة ناشطا في بغداد. وقتل ثلاثة أشخاص في انفجار في الموصل. والتقى الوزير السفير.";
    private static final ActorRef POLICE = new ActorRef("الشرطة", null, "IRQ", null, "COP", "IRQ/COP", null, null);
    private static final PlaceRef BAGHDAD = new PlaceRef("بغداد", "Baghdad", 98182L, "IRQ", null, 33.34, 44.40, "city", null, null);
    private static final PlaceRef BASRA = new PlaceRef("البصرة", "Basrah", 99532L, "IRQ", null, 30.51, 47.78, "city", null, null);

    private static final List<String> GOLD = List.of(
            "{\"doc\": \"d1\", \"event\": [\"COERCE\"], \"evidence\": [\"اعتقلت الشرطة ناشطا\"], \"actor\": {\"key\": [\"IRQ\"], \"sector\": [\"COP\"]},"
                    + " \"location\": {\"level\": \"city\", \"lat\": 33.3, \"lon\": 44.4}, \"date\": {\"from\": \"2018-07-15\", \"to\": \"2018-07-15\"}}",
            "{\"doc\": \"d1\", \"event\": [\"ASSAULT\"], \"evidence\": [\"وقتل ثلاثة أشخاص\"], \"dead\": 3,"
                    + " \"location\": {\"level\": \"city\", \"lat\": 36.34, \"lon\": 43.13}, \"date\": {\"from\": \"2018-07-14\", \"to\": \"2018-07-14\"}}",
            "{\"doc\": \"d1\", \"event\": [\"CONSULT\"], \"evidence\": [\"والتقى الوزير السفير\"], \"required\": false}",
            "{\"doc\": \"d1\", \"event\": [\"ACCUSE\"], \"evidence\": [\"والتقى الوزير السفير\"]}");

    private static EventRecord pred(String event, String trigger, ActorRef actor, PlaceRef place, String date, Integer dead) {
        int at = TEXT.indexOf(trigger);
        EventRecord.Builder b = EventRecord.builder();
        b.id = event + at;
        b.docId = "d1";
        b.event = event;
        b.actor = actor;
        b.location = place;
        b.date = date;
        b.trigger = new TextSpan(at, at + trigger.length(), trigger);
        b.evidence = new TextSpan(at, at + trigger.length(), trigger);
        b.size = dead == null ? Size.EMPTY : new Size(dead, null, null, null, List.of());
        b.attribution = new Attribution(null, List.of(), false, null);
        b.status = new Status(false, false, false);
        return b.build();
    }

    @Test
    void scoresMatchesDuplicatesFalsePositivesAndArguments() {
        List<EventRecord> preds = List.of(
                pred("COERCE", "اعتقلت", POLICE, BAGHDAD, "2018-07-15", null),     // match, all arguments right
                pred("COERCE", "ناشطا", null, BASRA, "2018-07-15", null),          // second record of the same event: duplicate
                pred("ASSAULT", "وقتل", null, BAGHDAD, "2018-07-15", 3),           // match; wrong place, wrong day
                pred("CONSULT", "والتقى", POLICE, null, "2018-07-15", null),       // an optional gold event: neither tp nor fp
                pred("PROTEST", "انفجار", null, null, "2018-07-15", null));        // nothing of its type there: false positive
        GoldScorer.Score s = GoldScorer.score(Map.of("d1", TEXT), GOLD, preds);
        assertEquals(2, s.tp, s.toString());
        assertEquals(1, s.duplicates, s.toString());
        assertEquals(1, s.fp, s.toString());
        assertEquals(1, s.fn, "the required ACCUSE was not found: " + s);
        assertEquals(1, s.strictTp, "only the arrest has actor, place and date right: " + s);
        assertEquals(1.0, s.arg("actor"));
        assertEquals(1.0, s.arg("actor_sector"));
        assertEquals(0.5, s.arg("location"));
        assertEquals(0.5, s.arg("date"));
        assertEquals(1.0, s.arg("dead"));
        assertTrue(Double.isNaN(s.arg("claimant")), "no gold claimant, no claimant score");
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2.0 / 3, s.f1(), 1e-9);
        assertEquals(1, s.perType.get("PROTEST")[1]);
        assertEquals(1, s.perType.get("ACCUSE")[2]);
    }

    @Test
    void negatedFutureAndHistoricalRecordsAreNotScored() {
        EventRecord.Builder b = pred("PROTEST", "انفجار", null, null, "2018-07-15", null).toBuilder();
        b.status = new Status(true, false, false);
        GoldScorer.Score s = GoldScorer.score(Map.of("d1", TEXT), GOLD, List.of(b.build()));
        assertEquals(0, s.fp);
        assertEquals(3, s.fn);
    }

    @Test
    void goldForAnUnknownDocumentIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> GoldScorer.score(Map.of(), GOLD, List.of()));
    }

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void argumentChecks() throws Exception {
        assertTrue(GoldScorer.actorOk(json("{\"key\": [\"IRQ\", \"UN\"]}"), POLICE));
        assertFalse(GoldScorer.actorOk(json("{\"key\": [\"SYR\"]}"), POLICE));
        assertFalse(GoldScorer.actorOk(json("{\"key\": [\"SYR\"]}"), null));
        assertTrue(GoldScorer.actorOk(json("{\"key\": [null]}"), new ActorRef("مسلحون", null, null, null, "REB", null, null, null)));
        assertNull(GoldScorer.actorOk(null, POLICE));
        assertTrue(GoldScorer.sectorOk(json("{\"key\": [\"IRQ\"], \"sector\": [\"COP\", \"MIL\"]}"), POLICE));
        assertFalse(GoldScorer.sectorOk(json("{\"key\": [\"IRQ\"], \"sector\": [\"GOV\"]}"), POLICE));
        assertNull(GoldScorer.sectorOk(json("{\"key\": [\"IRQ\"]}"), POLICE));

        assertTrue(GoldScorer.locationOk(json("{\"level\": \"country\", \"country\": \"IRQ\"}"), BASRA));
        assertTrue(GoldScorer.locationOk(json("{\"level\": \"city\", \"lat\": 33.5, \"lon\": 44.3}"), BAGHDAD), "within 50 km");
        assertFalse(GoldScorer.locationOk(json("{\"level\": \"city\", \"lat\": 33.3, \"lon\": 44.4}"), BASRA), "about 450 km away");
        assertTrue(GoldScorer.locationOk(json("{\"level\": \"admin1\", \"lat\": [30.0, 33.0], \"lon\": [47.0, 44.0]}"), BASRA));
        assertFalse(GoldScorer.locationOk(json("{\"level\": \"city\", \"lat\": 33.3, \"lon\": 44.4}"),
                new PlaceRef("العراق", "Iraq", null, "IRQ", null, null, null, "country", null, null)), "no coordinates, no city");

        JsonNode week = json("{\"from\": \"2018-07-09\", \"to\": \"2018-07-15\"}");
        assertTrue(GoldScorer.dateOk(week, "2018-07-12"));
        assertFalse(GoldScorer.dateOk(week, "2018-07-16"));
        assertFalse(GoldScorer.dateOk(week, null));
        assertTrue(GoldScorer.dateOk(json("{\"from\": \"2018-07-01\", \"to\": \"2018-07-31\"}"), "2018-07"));
        assertFalse(GoldScorer.dateOk(json("{\"from\": \"2018-07-01\", \"to\": \"2018-07-30\"}"), "2018-07"));
        assertTrue(GoldScorer.dateOk(json("{\"from\": \"2018-01-01\", \"to\": \"2018-12-31\"}"), "2018"));
        assertEquals(0, GoldScorer.haversineKm(33.3, 44.4, 33.3, 44.4), 1e-9);
        assertEquals(111.2, GoldScorer.haversineKm(0, 0, 1, 0), 0.5);
    }
}
