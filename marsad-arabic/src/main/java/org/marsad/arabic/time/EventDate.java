package org.marsad.arabic.time;

import org.marsad.core.DateValue;

/**
 * The date of one event: its value, where it came from ({@code text}: the event's own sentence,
 * {@code context}: an earlier expression in the paragraph, {@code reference}: the reference date),
 * the expression as written and its character span (null and -1 for the reference date), and whether
 * the event is historical (an earlier year than the reference date, or more than 30 days before it).
 */
public record EventDate(DateValue value, String source, String text, int start, int end, boolean historical) {
    public String precision() { return value == null ? null : value.precision(); }

    /** The ISO date for the record (YYYY-MM-DD, YYYY-MM or YYYY), or null. */
    public String iso() { return value == null ? null : value.iso(); }
}
