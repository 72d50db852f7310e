package org.marsad.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.core.Document;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;

/** One engine with the bundled knowledge, loaded once for all tests of the module. */
public final class Engines {
    public static final LocalDate DAY = LocalDate.of(2018, 7, 15);
    private static MarsadEngine engine;

    private Engines() {}

    public static synchronized MarsadEngine shared() {
        if (engine == null) engine = MarsadEngine.load();
        return engine;
    }

    public static List<EventRecord> extract(String text) {
        return extract("t", text, DAY);
    }

    public static List<EventRecord> extract(String id, String text, LocalDate date) {
        return shared().extract(new Document(id, text, null, date, "Test", "https://example.org/" + id, id));
    }

    /** The records of one type, in text order. */
    public static List<EventRecord> of(List<EventRecord> records, String event) {
        return records.stream().filter(r -> r.event().equals(event)).collect(Collectors.toList());
    }

    /** The only record of a type; fails with everything found otherwise. */
    public static EventRecord one(List<EventRecord> records, String event) {
        List<EventRecord> found = of(records, event);
        if (found.size() != 1) throw new AssertionError("expected one " + event + " record, found " + describe(records));
        return found.get(0);
    }

    /** Fails, with everything found, when any of the sentences gives a record of the type. */
    public static void assertNone(String event, String... sentences) {
        for (String sentence : sentences) {
            List<EventRecord> records = extract(sentence);
            if (!of(records, event).isEmpty()) throw new AssertionError("expected no " + event + " record, found " + describe(records));
        }
    }

    public static String describe(List<EventRecord> records) {
        return records.stream().map(r -> r.event() + "[" + r.trigger().text() + "] actor=" + actor(r.actor()) + " recipient="
                + actor(r.recipient()) + " at=" + (r.location() == null ? null : r.location().name()) + " on=" + r.date())
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /** "IRQ/COP", "SOHR/NGO": the country (or organisation) and sector of an actor. */
    /** A named party as ORG-or-COUNTRY/SECTOR; null for none and for a party inferred from the place only. */
    public static String actor(ActorRef a) {
        if (a == null || a.isUnidentified()) return null;
        return (a.org() != null ? a.org() : a.country()) + "/" + a.sector();
    }
}
