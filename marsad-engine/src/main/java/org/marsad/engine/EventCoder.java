package org.marsad.engine;

import java.util.List;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;

/** Turns an annotated document into event records. */
public class EventCoder {
    public List<EventRecord> code(Document document, String engineVersion) {
        return List.of();
    }
}
