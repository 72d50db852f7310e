package org.marsad.engine.coding;

import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.record.Size;

/** Reads the counts (dead, injured, arrested, participants) that a sentence gives for an event. */
public interface EventSizing {
    Size size(Document doc, Sentence sentence);

    EventSizing NONE = (doc, s) -> Size.EMPTY;
}
