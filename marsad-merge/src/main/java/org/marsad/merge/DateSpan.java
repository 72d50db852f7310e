package org.marsad.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The inclusive day range a record's date stands for: a day, a whole month or a whole year. */
record DateSpan(long first, long last) {

    /** Null when the text is absent or not an ISO day, month or year. */
    static DateSpan parse(String iso) {
        if (iso == null || iso.isBlank()) return null;
        String s = iso.trim();
        try {
            if (s.length() >= 10) {
                long d = LocalDate.parse(s.substring(0, 10)).toEpochDay();
                return new DateSpan(d, d);
            }
            if (s.length() == 7) {
                YearMonth m = YearMonth.parse(s);
                return new DateSpan(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay());
            }
            if (s.length() == 4) {
                int y = Integer.parseInt(s);
                return new DateSpan(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay());
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Days between the two ranges; 0 when they overlap. */
    long gap(DateSpan o) {
        if (o.first > last) return o.first - last;
        if (first > o.last) return first - o.last;
        return 0;
    }

    static String iso(long epochDay) { return LocalDate.ofEpochDay(epochDay).toString(); }
}
