package org.marsad.engine.coding;

import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.record.Size;

/** Reads the counts (dead, injured, arrested, participants) that a sentence gives for an event. */
public interface EventSizing {
    /** The counts the sentence gives for the event whose trigger is at {@code triggerToken}. */
    Size size(Document doc, Sentence sentence, int triggerToken);

    EventSizing NONE = (doc, s, t) -> Size.EMPTY;
}
