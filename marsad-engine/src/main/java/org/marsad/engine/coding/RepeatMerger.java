package org.marsad.engine.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.marsad.core.GeoDistance;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/**
 * An article names its main events more than once: in the lead without a day ("قُتل شخصان في
 * تظاهرة") and later with one ("وجاءت احتجاجات، السبت"). A later mention of an event already
 * coded (same type, the same identified doer, the same victims and place) folds into the first
 * record, which takes from it the day and the counts it lacked. Two mentions on different stated
 * days stay two events, and only a known doer makes two sentences one event: "غارة أخرى" on the
 * same victims is another act.
 */
public final class RepeatMerger {
    private RepeatMerger() {}

    /**
     * {@code isStatement}: the types that are statements: one speaker's statements fold only when
     * worded alike ({@code wording} gives the matching form of a trigger) and take nothing from
     * each other.
     */
    public static List<EventRecord> merge(List<EventRecord> records, Predicate<String> isStatement, UnaryOperator<String> wording) {
        List<EventRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EventRecord r : records) {
            // two lexicon entries matching the same words ("قصف" as verb and as noun) are one mention
            if (!ids.add(r.id())) continue;
            int into = -1;
            for (int i = out.size() - 1; i >= 0 && into < 0; i--) {
                if (repeats(out.get(i), r, isStatement, wording)) into = i;
            }
            if (into < 0) out.add(r);
            else if (!isStatement.test(r.event())) out.set(into, fold(out.get(into), r));
        }
        return out;
    }

    static boolean repeats(EventRecord first, EventRecord later, Predicate<String> isStatement, UnaryOperator<String> wording) {
        if (!first.event().equals(later.event())) return false;
        // an arrest and a road closure by the same police are two acts (the weapons of one attack vary)
        if (first.event().equals("COERCE") && first.mode() != null && later.mode() != null && !first.mode().equals(later.mode())) return false;
        if (first.denies() != null || later.denies() != null) return false;
        if (!identified(first) || !identified(later)) return false;
        if (!Objects.equals(first.actor().key(), later.actor().key()) || !Objects.equals(first.actor().sector(), later.actor().sector())) return false;
        if (!SentenceMerger.sameSide(first.recipient(), later.recipient())) return false;
        if (!SentenceMerger.samePlace(first.location(), later.location()) && !within(first.location(), later.location())) return false;
        if (first.status().historical() != later.status().historical()) return false;
        if (isStatement.test(first.event())) {
            return Objects.equals(first.date(), later.date())
                    && wording.apply(first.trigger().text()).equals(wording.apply(later.trigger().text()));
        }
        // two tolls ("قُتل 36" ... "قُتل منذ بدء الاشتباكات 60") are two events
        if (SentenceMerger.tollsDiffer(first, later)) return false;
        if (Objects.equals(first.date(), later.date())) return true;
        // a lead without a day and a later mention with one ("وجاءت احتجاجات، السبت"); "في أبريل" names no day
        return undated(first) && "day".equals(later.datePrecision()) || undated(later);
    }

    /** The precision of a part of a country named by direction, that other places lie in. */
    private static final String AREA = "region";
    /** How far from the point of such a part a place may lie and still be in it. */
    private static final double AREA_KM = 300;

    /** One place lies in a part of the country that is the other ("شمال شرقي البلاد" and هجين). */
    private static boolean within(PlaceRef a, PlaceRef b) {
        if (a.country() == null || !a.country().equals(b.country()) || a.lat() == null || b.lat() == null) return false;
        if (!AREA.equals(a.precision()) && !AREA.equals(b.precision())) return false;
        return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon()) <= AREA_KM;
    }

    private static boolean identified(EventRecord r) {
        return r.actor() != null && r.actor().key() != null;
    }

    /** A record dated by the reference date only: the text did not say when it happened. */
    private static boolean undated(EventRecord r) {
        return "reference".equals(r.dateSource());
    }

    /**
     * Folds each record of {@code isContinuation} (a sentence that names an earlier event again and
     * tells more of it) into the latest record of its type before it, where the two agree.
     */
    public static void foldContinuations(List<EventRecord> records, Predicate<EventRecord> isContinuation) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            if (!isContinuation.test(r)) continue;
            int antecedent = -1;
            for (int k = i - 1; k >= 0 && antecedent < 0; k--) {
                if (records.get(k).event().equals(r.event()) && !isContinuation.test(records.get(k))) antecedent = k;
            }
            EventRecord told = antecedent < 0 ? null : continueWith(records.get(antecedent), r);
            if (told == null) continue;
            records.set(antecedent, told);
            records.remove(i--);
        }
    }

    /**
     * The event as told further by a later sentence that names it again ("وقتل ثلاثة ضباط شرطة في
     * الاشتباكات"، "الهجوم تسبب في مقتل 10 عناصر"): it takes the counts, parties, place and day it
     * lacked. Null when the two disagree on a toll or on a stated day: then they are not one event.
     */
    static EventRecord continueWith(EventRecord event, EventRecord more) {
        if (event.denies() != null || more.denies() != null || event.status().historical() != more.status().historical()) return null;
        if (SentenceMerger.tollsDiffer(event, more)) return null;
        if (!Objects.equals(event.date(), more.date()) && !undated(event) && !undated(more)) return null;
        EventRecord.Builder b = fold(event, more).toBuilder();
        if (b.actor == null) b.actor = more.actor();
        if (b.attribution.claimant() == null && more.attribution().claimant() != null) b.attribution = more.attribution();
        return b.build();
    }

    private static EventRecord fold(EventRecord first, EventRecord later) {
        EventRecord.Builder b = first.toBuilder();
        if (undated(first) && !undated(later)) {
            b.date = later.date();
            b.datePrecision = later.datePrecision();
            b.dateSource = later.dateSource();
            b.dateText = later.dateText();
        }
        SentenceMerger.fillGaps(b, first, later);
        return b.build();
    }
}
