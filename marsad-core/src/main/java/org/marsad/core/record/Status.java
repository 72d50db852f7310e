package org.marsad.core.record;

/** Negated and future events are not emitted by default; historical ones are, flagged. */
public record Status(boolean negated, boolean future, boolean historical) {
    public static final Status FACTUAL = new Status(false, false, false);
}
