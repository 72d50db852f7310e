package org.marsad.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.Status;
import org.marsad.core.record.TextSpan;
import org.marsad.engine.lexicon.PloverTypes;

class RepeatMergerTest {
    private static final PloverTypes TYPES = new PloverTypes();
    private static final ActorRef POLICE = new ActorRef("الشرطة", null, "IRQ", null, "COP", "IRQ/COP", null, null);

    private static List<EventRecord> merge(EventRecord... records) {
        return RepeatMerger.merge(new ArrayList<>(List.of(records)), TYPES::isStatement, ArabicNormalizer::normalize);
    }

    @Test
    void keepsTheFirstOfIdentifiedRepeatsOnly() {
        EventRecord first = record("a", "COERCE", POLICE, "2018-07-15", "text").build();
        EventRecord repeat = record("b", "COERCE", POLICE, "2018-07-15", "text").build();
        EventRecord otherDay = record("c", "COERCE", POLICE, "2018-07-14", "text").build();
        EventRecord anonymous = record("d", "COERCE", null, "2018-07-15", "text").build();
        EventRecord anonymousAgain = record("e", "COERCE", null, "2018-07-15", "text").build();
        EventRecord sameTrigger = record("a", "COERCE", null, "2018-07-15", "text").build();
        assertEquals(List.of(first, otherDay, anonymous, anonymousAgain), merge(first, repeat, otherDay, anonymous, anonymousAgain, sameTrigger));
    }

    @Test
    void statementsByOneSpeakerFoldOnlyWhenWordedAlike() {
        EventRecord.Builder condemn = record("f", "ACCUSE", POLICE, "2018-07-15", "text");
        EventRecord.Builder criticise = record("g", "ACCUSE", POLICE, "2018-07-15", "text");
        criticise.trigger = new TextSpan(20, 25, "انتقد");
        EventRecord.Builder condemnAgain = record("h", "ACCUSE", POLICE, "2018-07-15", "text");
        condemnAgain.trigger = new TextSpan(40, 45, "وأدان".substring(1));
        assertEquals(List.of(condemn.build(), criticise.build()), merge(condemn.build(), criticise.build(), condemnAgain.build()));
    }

    @Test
    void anUndatedFirstMentionTakesTheDayAndCountsOfALaterOne() {
        EventRecord lead = record("a", "ASSAULT", POLICE, "2018-07-15", "reference").build();
        EventRecord.Builder later = record("b", "ASSAULT", POLICE, "2018-07-13", "text");
        later.size = new Size(3, null, null, null, List.of());
        List<EventRecord> out = merge(lead, later.build());
        assertEquals(1, out.size());
        assertEquals("2018-07-13", out.get(0).date());
        assertEquals("text", out.get(0).dateSource());
        assertEquals(3, out.get(0).size().dead());
    }

    @Test
    void aLaterMentionNamingOnlyAMonthIsNotTakenForTheUndatedOne() {
        EventRecord lead = record("a", "ASSAULT", POLICE, "2018-07-15", "reference").build();
        EventRecord.Builder later = record("b", "ASSAULT", POLICE, "2018-04", "text");
        later.datePrecision = "month";
        assertEquals(2, merge(lead, later.build()).size());
    }

    @Test
    void twoDifferentTollsAreTwoEvents() {
        EventRecord.Builder first = record("a", "ASSAULT", POLICE, "2018-07-15", "reference");
        first.size = new Size(36, null, null, null, List.of());
        EventRecord.Builder since = record("b", "ASSAULT", POLICE, "2018-02-25", "text");
        since.size = new Size(60, null, null, null, List.of());
        assertEquals(2, merge(first.build(), since.build()).size());
    }

    @Test
    void aRepeatPlacedInATownOfThePartOfTheCountryNamedFirstIsTheSameEvent() {
        PlaceRef northEast = new PlaceRef("شمال شرقي البلاد", "north-eastern Syria", null, "SYR", null, 35.82, 39.12, "region", 0, 5);
        PlaceRef hajin = new PlaceRef("هجين", "Hajin", null, "SYR", null, 34.69, 40.83, "city", 40, 44);
        PlaceRef daraa = new PlaceRef("درعا", "Daraa", null, "SYR", null, 32.62, 36.10, "city", 80, 84);
        EventRecord.Builder lead = record("a", "ASSAULT", POLICE, "2018-10-10", "text");
        lead.location = northEast;
        EventRecord.Builder there = record("b", "ASSAULT", POLICE, "2018-10-10", "text");
        there.location = hajin;
        there.size = new Size(10, null, null, null, List.of());
        List<EventRecord> out = merge(lead.build(), there.build());
        assertEquals(1, out.size());
        assertEquals(10, out.get(0).size().dead());
        EventRecord.Builder far = record("c", "ASSAULT", POLICE, "2018-10-10", "text");
        far.location = daraa;
        assertEquals(2, merge(lead.build(), far.build()).size());
    }

    private static EventRecord.Builder record(String id, String event, ActorRef actor, String date, String dateSource) {
        EventRecord.Builder b = EventRecord.builder();
        b.id = id;
        b.docId = "d";
        b.event = event;
        b.actor = actor;
        b.date = date;
        b.datePrecision = "day";
        b.dateSource = dateSource;
        b.trigger = new TextSpan(0, 5, "أدان");
        b.evidence = b.trigger;
        b.size = Size.EMPTY;
        b.attribution = new Attribution(null, List.of(), false, null);
        b.status = new Status(false, false, false);
        return b;
    }
}
