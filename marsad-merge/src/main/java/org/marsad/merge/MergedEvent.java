package org.marsad.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/** One real-world event with all the article-level records (mentions) that report it. */
@JsonPropertyOrder({"event_id", "event", "mode", "date", "date_range", "actor", "recipient", "location", "size", "disputed",
        "sources", "claimants", "mentions", "first_seen", "last_seen"})
public record MergedEvent(
        @JsonProperty("event_id") String eventId,
        String event,
        String mode,
        String date,
        @JsonProperty("date_range") List<String> dateRange,
        ActorRef actor,
        ActorRef recipient,
        PlaceRef location,
        Map<String, Object> size,
        List<String> disputed,
        List<String> sources,
        List<ActorRef> claimants,
        List<String> mentions,
        @JsonProperty("first_seen") String firstSeen,
        @JsonProperty("last_seen") String lastSeen) {

    static MergedEvent single(EventRecord r) {
        return new MergedEvent("m-" + r.id(), r.event(), r.mode(), r.date(), List.of(r.date(), r.date()), r.actor(), r.recipient(),
                r.location(), Map.of(), List.of(), r.source() == null ? List.of() : List.of(r.source()),
                r.attribution() == null || r.attribution().claimant() == null ? List.of() : List.of(r.attribution().claimant()),
                List.of(r.id()), r.published(), r.published());
    }
}
