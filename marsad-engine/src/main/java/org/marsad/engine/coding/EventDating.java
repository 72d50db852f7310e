package org.marsad.engine.coding;

import org.marsad.core.DateValue;
import org.marsad.core.Document;

/** Dates an event from its sentence and trigger position. */
public interface EventDating {
    /** The date of an event; {@code source} is text, context or reference; text/start/end locate the expression. */
    record Dated(DateValue value, String source, String text, int start, int end, boolean historical) {}

    Dated date(Document doc, int sentenceIndex, int triggerToken);

    /** The documented default: the reference date, day precision. */
    EventDating REFERENCE = (doc, s, t) -> doc.referenceDate() == null ? null
            : new Dated(DateValue.day(doc.referenceDate(), true), "reference", null, -1, -1, false);
}
