package org.marsad.core;

import java.time.LocalDate;

/**
 * A time expression's normalised value: the day range it denotes (equal ends for one day),
 * its precision ({@code day}, {@code month}, {@code year}), and whether it was read relative
 * to the reference date ("أمس") or stated absolutely ("16 يوليو 2018").
 */
public record DateValue(LocalDate from, LocalDate to, String precision, boolean relative) {
    public static DateValue day(LocalDate d, boolean relative) { return new DateValue(d, d, "day", relative); }

    /** The ISO form for the record: YYYY-MM-DD, YYYY-MM or YYYY by precision. */
    public String iso() {
        return switch (precision) {
            case "year" -> String.valueOf(from.getYear());
            case "month" -> String.format("%04d-%02d", from.getYear(), from.getMonthValue());
            default -> from.toString();
        };
    }
}
