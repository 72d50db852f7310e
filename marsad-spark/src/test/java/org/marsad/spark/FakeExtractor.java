package org.marsad.spark;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.core.Document;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.Status;
import org.marsad.core.record.TextSpan;
import org.marsad.engine.Extractor;

/**
 * An extractor that returns records with every field filled, so the tables, partitions and
 * merge wiring are exercised whatever the real engine finds: per document one record dated
 * on the document's day (or undated, or on a default day) and one of month precision.
 */
final class FakeExtractor implements Extractor {
    static final AtomicInteger CREATED = new AtomicInteger();

    /** Documents without a date give undated records when set, else records dated on a default day. */
    private final boolean undated;

    FakeExtractor(boolean undated) {
        this.undated = undated;
    }

    /** The factory the job ships to executors. */
    static final class Factory implements ExtractorFactory {
        private static final long serialVersionUID = 1L;
        private final boolean undated;

        Factory(boolean undated) {
            this.undated = undated;
        }

        @Override
        public Extractor create() {
            CREATED.incrementAndGet();
            return new FakeExtractor(undated);
        }

        @Override
        public String cacheKey() { return "fake undated=" + undated; }
    }

    @Override
    public List<EventRecord> extract(Document d) {
        String day = d.date() != null ? d.date().toString() : undated ? null : "2023-07-10";
        EventRecord first = fullRecord(d.id(), d.id() + "-e1", day);
        int end = Math.min(d.text().length(), 12);
        EventRecord.Builder b = first.toBuilder();
        b.trigger = new TextSpan(0, end, d.text().substring(0, end));
        b.evidence = new TextSpan(0, d.text().length(), d.text());
        b.published = day;
        b.source = d.source();
        b.url = d.url();
        EventRecord month = fullRecord(d.id(), d.id() + "-e2", "2023-07");
        EventRecord.Builder m = month.toBuilder();
        m.datePrecision = "month";
        m.size = new Size(null, null, 12, 300, List.of("participants"));
        m.attribution = new Attribution(null, List.of(), true, null);
        m.status = new Status(false, false, true);
        m.locations = List.of();
        m.recipient = null;
        return List.of(b.build(), m.build());
    }

    @Override
    public String version() { return "fake 1"; }

    /** A record with every field set, nested ones included. */
    static EventRecord fullRecord(String docId, String id, String date) {
        EventRecord.Builder b = EventRecord.builder();
        b.id = id;
        b.docId = docId;
        b.source = "وكالة الأنباء";
        b.url = "https://news.example.org/" + docId;
        b.published = "2023-07-13";
        b.event = "ASSAULT";
        b.mode = "aerial";
        b.context = List.of("military", "terrorism");
        b.cameo = "195";
        b.quad = "material-conflict";
        b.date = date;
        b.datePrecision = "day";
        b.dateSource = "text";
        b.dateText = "أمس الأربعاء";
        b.actor = new ActorRef("الجيش", "Army", "ISR", null, "MIL", "kb:1", 10, 15);
        b.recipient = new ActorRef("مدنيين", "Civilians", "PSE", null, "CVL", null, 30, 36);
        b.location = new PlaceRef("غزة", "Gaza", 281133L, "PS", "Gaza Strip", 31.5, 34.4667, "city", 40, 43);
        b.locations = List.of(b.location, new PlaceRef("رفح", null, null, "PS", null, null, null, "city", 50, 53));
        b.size = new Size(3, 7, null, null, List.of("injured"));
        b.attribution = new Attribution(new ActorRef("وزارة الصحة", "Ministry of Health", "PSE", "MOH", "GOV", null, 0, 11),
                List.of("وكالة"), false, Boolean.TRUE);
        b.status = Status.FACTUAL;
        b.denies = null;
        b.trigger = new TextSpan(16, 20, "قتل");
        b.evidence = new TextSpan(0, 60, "جملة الدليل");
        b.confidence = 0.83;
        b.engine = "fake 1";
        return b.build();
    }
}
