package org.marsad.store.testing;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * A stand-in for the engine in store, server and command-line tests: it codes an event for
 * each trigger word found, with the first known actor, recipient and place of the sentence,
 * all with real offsets, so records look like the engine's.
 */
public final class FakeExtractor implements Extractor {
    private static final Map<String, String[]> TRIGGERS = Map.of(
            "تظاهر", new String[] {"PROTEST", "demonstrate"},
            "قصفت", new String[] {"ASSAULT", "aerial"},
            "اعتقلت", new String[] {"COERCE", "arrest"},
            "اتهم", new String[] {"ACCUSE", "allege"},
            "التقى", new String[] {"CONSULT", "meet"});
    private static final Map<String, ActorRef> ACTORS = Map.of(
            "الشرطة المصرية", new ActorRef(null, "Egypt police", "EGY", null, "COP", "EGY/COP", null, null),
            "محتجون", new ActorRef(null, "protesters", null, null, "PRO", null, null, null),
            "الجيش الإسرائيلي", new ActorRef(null, "Israel military", "ISR", null, "MIL", "ISR/MIL", null, null),
            "وزير الخارجية الأردني", new ActorRef(null, "Jordan foreign minister", "JOR", null, "GOV", "JOR/GOV", null, null),
            "الأمم المتحدة", new ActorRef(null, "United Nations", null, "UN", "IGO", "UN", null, null),
            "طلاب", new ActorRef(null, "students", null, null, "CVL", null, null, null));
    private static final Map<String, PlaceRef> PLACES = Map.of(
            "القاهرة", new PlaceRef(null, "Cairo", 360630L, "EGY", "Cairo", 30.06, 31.25, "city", null, null),
            "غزة", new PlaceRef(null, "Gaza", 281133L, "PSE", "Gaza Strip", 31.50, 34.47, "city", null, null),
            "عمان", new PlaceRef(null, "Amman", 250441L, "JOR", "Amman", 31.96, 35.95, "city", null, null),
            "الخرطوم", new PlaceRef(null, "Khartoum", 379252L, "SDN", "Khartoum", 15.55, 32.53, "city", null, null));

    private final String version;

    public FakeExtractor() {
        this("fake 1.0");
    }

    public FakeExtractor(String version) {
        this.version = version;
    }

    @Override
    public List<EventRecord> extract(Document d) {
        String text = d.text();
        List<EventRecord> out = new ArrayList<>();
        for (var t : TRIGGERS.entrySet()) {
            int at = text.indexOf(t.getKey());
            while (at >= 0) {
                int sStart = Math.max(text.lastIndexOf('.', at) + 1, 0);
                int sEnd = text.indexOf('.', at);
                if (sEnd < 0) sEnd = text.length();
                String sentence = text.substring(sStart, sEnd);
                ActorRef actor = null, recipient = null;
                for (var a : ACTORS.entrySet()) {
                    int i = sentence.indexOf(a.getKey());
                    if (i < 0) continue;
                    ActorRef found = a.getValue().withText(a.getKey(), sStart + i, sStart + i + a.getKey().length());
                    if (actor == null || found.start() < actor.start()) {
                        if (actor != null) recipient = actor;
                        actor = found;
                    } else if (recipient == null || found.start() < recipient.start()) {
                        recipient = found;
                    }
                }
                PlaceRef place = null;
                for (var p : PLACES.entrySet()) {
                    int i = sentence.indexOf(p.getKey());
                    if (i >= 0) place = p.getValue().withText(p.getKey(), sStart + i, sStart + i + p.getKey().length());
                }
                String date = d.date() == null ? "2024-03-10" : d.date().toString();
                String id = HexFormat.of().formatHex((d.id() + "|" + t.getValue()[0] + "|" + at).getBytes()).substring(0, 16)
                        + Integer.toHexString((d.id() + t.getKey() + at).hashCode());
                EventRecord.Builder b = EventRecord.builder();
                b.id = id;
                b.docId = d.id();
                b.source = d.source();
                b.url = d.url();
                b.published = d.date() == null ? null : d.date().toString();
                b.event = t.getValue()[0];
                b.mode = t.getValue()[1];
                b.quad = "VERBAL_COOPERATION";
                b.date = date;
                b.datePrecision = "day";
                b.dateSource = "reference";
                b.actor = actor;
                b.recipient = recipient;
                b.location = place;
                b.size = t.getValue()[0].equals("PROTEST") ? new Size(null, null, null, 100, List.of("participants")) : Size.EMPTY;
                b.attribution = new Attribution(null, List.of(), false, null);
                b.status = Status.FACTUAL;
                b.trigger = new TextSpan(at, at + t.getKey().length(), t.getKey());
                b.evidence = new TextSpan(sStart, sEnd, sentence);
                b.confidence = 0.8;
                b.engine = version;
                out.add(b.build());
                at = text.indexOf(t.getKey(), at + 1);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.trigger().start()));
        return out;
    }

    @Override
    public String version() {
        return version;
    }
}
