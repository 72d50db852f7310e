package org.marsad.core;

import java.util.Map;

/**
 * A typed span found by an annotator: an actor, a place, a date, a number, a trigger ...
 * {@code value} carries the resolved object (a KB entry, a date, a count); {@code attrs}
 * small extra facts. Token indices are half-open.
 */
public record Mention(String type, int start, int end, int firstToken, int endToken, Object value, Map<String, Object> attrs)
        implements Span {
    public Mention {
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
    }

    @SuppressWarnings("unchecked")
    public <T> T value(Class<T> type) { return type.isInstance(value) ? (T) value : null; }
}
