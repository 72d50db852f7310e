package org.marsad.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Who asserts the event happened, who relayed it, and how sure the text is. */
@JsonPropertyOrder({"claimant", "relayed_by", "hedged", "verified"})
public record Attribution(ActorRef claimant, @JsonProperty("relayed_by") List<String> relayedBy, boolean hedged, Boolean verified) {
    public static final Attribution NONE = new Attribution(null, List.of(), false, null);
}
