package org.marsad.spark;

import static org.apache.spark.sql.functions.substring;

import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * How output tables are split into folders by the event's date (ISO day, month or year, as
 * the record gives it). Records without a date land in the {@code __HIVE_DEFAULT_PARTITION__}
 * folder.
 */
public enum DatePartitioning {
    /** {@code event_date=2023-07-12} (a month- or year-precision date keeps its shorter form). */
    DATE("event_date", 0),
    /** {@code event_month=2023-07}. */
    MONTH("event_month", 7),
    /** {@code event_year=2023}. */
    YEAR("event_year", 4);

    public final String column;
    private final int prefix;

    DatePartitioning(String column, int prefix) {
        this.column = column;
        this.prefix = prefix;
    }

    /** The partition value computed from an ISO date column. */
    public Column valueOf(Column isoDate) {
        return prefix == 0 ? isoDate : substring(isoDate, 1, prefix);
    }

    public static DatePartitioning parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
