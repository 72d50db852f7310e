package org.marsad.engine.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;

/**
 * One sentence often names one act with several words of its type ("قُتل 25 وأصيب 900 برصاص
 * ..."، "شنّ هجوما ... أسفر عن مقتل"): such records are one event. They fold into the first,
 * which takes from the others what it lacks (an actor named only by the second word, a count
 * read next to it). Records that disagree on a party, a place or a date stay apart: a sentence
 * may also list distinct acts ("إضراب الجمعة ومسيرة الخميس");
 * and each verb of speech is a statement of its own.
 */
public final class SentenceMerger {
    private SentenceMerger() {}

    /**
     * {@code isStatement}: the types that are statements, which never fold; {@code isCircumstance}:
     * the records whose trigger names the circumstance of the act before it ("في هجوم"), which fold
     * into it whatever parties they guessed.
     */
    public static List<EventRecord> merge(List<EventRecord> sentenceRecords, Predicate<String> isStatement,
                                          Predicate<EventRecord> isCircumstance) {
        List<EventRecord> out = new ArrayList<>();
        for (EventRecord r : sentenceRecords) {
            int into = -1;
            for (int i = 0; i < out.size() && into < 0; i++) if (compatible(out.get(i), r, isStatement, isCircumstance)) into = i;
            if (into < 0) out.add(r);
            else out.set(into, fold(out.get(into), r));
        }
        return out;
    }

    static boolean compatible(EventRecord a, EventRecord b, Predicate<String> isStatement, Predicate<EventRecord> isCircumstance) {
        if (!a.event().equals(b.event())) return false;
        // "دعا ... السلطات السعودية، وناشدوا السلطات التركية": each verb of speech says something of its own
        if (isStatement.test(a.event())) return false;
        if (!Objects.equals(a.date(), b.date())) return false;
        if (a.denies() != null || b.denies() != null) return false;
        // "قتل 267 من مسلحي داعش، في حين قتل 149 مقاتلا من قسد": two tolls are two events
        if (tollsDiffer(a, b)) return false;
        if (isCircumstance.test(b)) return true;
        return sameParty(a.actor(), b.actor()) && sameSide(a.recipient(), b.recipient()) && samePlace(a.location(), b.location());
    }

    /** Both give a number of dead, or of injured, and the numbers differ. */
    static boolean tollsDiffer(EventRecord a, EventRecord b) {
        return differ(a.size().dead(), b.size().dead()) || differ(a.size().injured(), b.size().injured());
    }

    private static boolean differ(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }

    private static boolean sameParty(ActorRef x, ActorRef y) {
        if (x == null || y == null) return true;
        return Objects.equals(x.key(), y.key()) && Objects.equals(x.sector(), y.sector());
    }

    /**
     * Victims named twice ("22 طفلا" ... "على اليمن") are one side: the same party, or a country
     * named as a whole and a group of its people. Attackers and soldiers of one country are not.
     */
    static boolean sameSide(ActorRef x, ActorRef y) {
        if (x == null || y == null) return true;
        if (!Objects.equals(x.key(), y.key())) return false;
        return Objects.equals(x.sector(), y.sector()) || wholeCountry(x) || wholeCountry(y);
    }

    private static boolean wholeCountry(ActorRef a) {
        return a.country() != null && a.country().equals(a.kbId());
    }

    static boolean samePlace(PlaceRef x, PlaceRef y) {
        if (x == null || y == null) return true;
        if (x.geonameId() != null || y.geonameId() != null) return Objects.equals(x.geonameId(), y.geonameId());
        return Objects.equals(x.text(), y.text());
    }

    private static EventRecord fold(EventRecord first, EventRecord other) {
        EventRecord.Builder b = first.toBuilder();
        // the victims of "قُتل عنصر ... في هجوم" are not the doers the second word guessed
        if (b.actor == null && !sameMention(other.actor(), first.recipient())) b.actor = other.actor();
        fillGaps(b, first, other);
        if (b.attribution.claimant() == null && other.attribution().claimant() != null) b.attribution = other.attribution();
        b.confidence = Math.max(first.confidence(), other.confidence());
        return b.build();
    }

    /**
     * What a record takes from another mention of its event, whatever brought the two together: the
     * recipient, place and mode it lacked, and the counts of both.
     */
    static void fillGaps(EventRecord.Builder b, EventRecord first, EventRecord other) {
        if (b.recipient == null) b.recipient = other.recipient();
        if (b.location == null) { b.location = other.location(); b.locations = other.locations(); }
        if (b.mode == null) b.mode = other.mode();
        b.size = union(first.size(), other.size());
    }

    private static boolean sameMention(ActorRef x, ActorRef y) {
        return x != null && y != null && x.start() != null && x.start().equals(y.start()) && Objects.equals(x.end(), y.end());
    }

    static Size union(Size a, Size b) {
        if (a == null || a.isEmpty()) return b;
        if (b == null || b.isEmpty()) return a;
        List<String> approximate = new ArrayList<>(a.approximate());
        for (String k : b.approximate()) if (!approximate.contains(k)) approximate.add(k);
        return new Size(a.dead() != null ? a.dead() : b.dead(), a.injured() != null ? a.injured() : b.injured(),
                a.arrested() != null ? a.arrested() : b.arrested(), a.participants() != null ? a.participants() : b.participants(),
                approximate);
    }
}
