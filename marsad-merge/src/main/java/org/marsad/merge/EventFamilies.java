package org.marsad.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Which event types may describe the same real-world event (data: {@code event-families.tsv}). */
public final class EventFamilies {
    private static final EventFamilies DEFAULT = load();
    private final Map<String, String> familyOfType;

    EventFamilies(Map<String, String> familyOfType) {
        this.familyOfType = Map.copyOf(familyOfType);
    }

    public static EventFamilies standard() { return DEFAULT; }

    /** The family of a PLOVER type; an unlisted type is its own family, a missing one is "UNKNOWN". */
    public String familyOf(String eventType) {
        if (eventType == null) return "UNKNOWN";
        return familyOfType.getOrDefault(eventType, eventType);
    }

    private static EventFamilies load() {
        try (InputStream in = EventFamilies.class.getResourceAsStream("event-families.tsv")) {
            if (in == null) throw new IllegalStateException("event-families.tsv missing from the classpath");
            Map<String, String> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length >= 2) m.put(f[0].trim(), f[1].trim());
            }
            return new EventFamilies(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
