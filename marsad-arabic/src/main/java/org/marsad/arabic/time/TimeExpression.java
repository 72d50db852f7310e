package org.marsad.arabic.time;

import org.marsad.core.DateValue;

/**
 * A time expression over tokens [firstToken, endToken) and characters [start, end). A date carries its
 * normalised {@code value}; a duration ("لمدة ثلاثة أيام") has a null value and its length in days.
 */
public record TimeExpression(int firstToken, int endToken, int start, int end, DateValue value, int durationDays) {
    public boolean isDuration() { return value == null; }
}
