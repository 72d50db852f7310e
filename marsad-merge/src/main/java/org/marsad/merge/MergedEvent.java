package org.marsad.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/**
 * One real-world event with all the article-level records (mentions) that report it.
 * {@code size} maps a figure (dead, injured, arrested, participants) to {@code {min, max, by_claimant}} or null;
 * {@code reports} counts independent reports: copies of one article count once.
 */
@JsonPropertyOrder({"event_id", "event", "mode", "date", "date_range", "actor", "recipient", "location", "size", "disputed",
        "sources", "claimants", "mentions", "first_seen", "last_seen", "reports"})
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
        @JsonProperty("last_seen") String lastSeen,
        int reports) {

    static MergedEvent single(EventRecord r) {
        return MergedEventBuilder.build(List.of(new MergeItem(r, EventFamilies.standard().familyOf(r.event()), null)));
    }
}
