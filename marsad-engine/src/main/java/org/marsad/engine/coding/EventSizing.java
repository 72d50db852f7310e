package org.marsad.engine.coding;

import org.marsad.core.Document;
import org.marsad.core.Sentence;
import org.marsad.core.record.Size;

/** Reads the counts (dead, injured, arrested, participants) that a sentence gives for an event. */
public interface EventSizing {
    /** The counts in tokens [from, to) of the sentence, the clause around one trigger. */
    Size size(Document doc, Sentence sentence, int from, int to);

    EventSizing NONE = (doc, s, from, to) -> Size.EMPTY;
}
