package org.marsad.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An actor, recipient or claimant as coded in a record. Any field may be null. */
@JsonPropertyOrder({"text", "name", "country", "org", "sector", "kb_id", "start", "end"})
public record ActorRef(String text, String name, String country, String org, String sector,
                       @com.fasterxml.jackson.annotation.JsonProperty("kb_id") String kbId,
                       Integer start, Integer end) {
    /** The name of a party the text does not name, inferred from where the event happened. */
    public static final String UNIDENTIFIED = "unidentified";

    /** An unidentified party of a country: no text, no sector, no organisation. */
    public static ActorRef unidentified(String country) {
        return new ActorRef(null, UNIDENTIFIED, country, null, null, null, null, null);
    }

    /** True for a party inferred from the event's place rather than read from the text. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUnidentified() { return text == null && UNIDENTIFIED.equals(name); }

    /** The scorer's key: the country, else the organisation. */
    public String key() { return country != null ? country : org; }

    public ActorRef withText(String newText, Integer s, Integer e) {
        return new ActorRef(newText, name, country, org, sector, kbId, s, e);
    }

    public ActorRef withSector(String newSector) {
        return new ActorRef(text, name, country, org, newSector, kbId, start, end);
    }

    public ActorRef withCountry(String newCountry) {
        return new ActorRef(text, name, newCountry, org, sector, kbId, start, end);
    }
}
