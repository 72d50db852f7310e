package org.marsad.engine;

import java.util.List;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;

/** Document in, event records out. Implementations are thread-safe. */
public interface Extractor {
    List<EventRecord> extract(Document document);

    /** The engine and knowledge versions written into every record. */
    String version();
}
