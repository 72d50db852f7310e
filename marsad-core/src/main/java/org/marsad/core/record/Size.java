package org.marsad.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Counts for one event; {@code approximate} lists the fields that are bounds or vague. */
@JsonPropertyOrder({"dead", "injured", "arrested", "participants", "approximate"})
public record Size(Integer dead, Integer injured, Integer arrested, Integer participants, List<String> approximate) {
    public static final Size EMPTY = new Size(null, null, null, null, List.of());

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() { return dead == null && injured == null && arrested == null && participants == null; }
}
