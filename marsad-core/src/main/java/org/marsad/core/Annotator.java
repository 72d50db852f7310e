package org.marsad.core;

import java.util.Set;

/**
 * One pipeline stage: reads the layers it requires and adds the layers it provides.
 * Implementations are immutable after construction and safe to share across threads.
 */
public interface Annotator {
    String name();

    void annotate(Document document);

    default Set<String> requires() { return Set.of(); }

    default Set<String> provides() { return Set.of(); }
}
