package org.marsad.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A resolved (or unresolved: null coordinates) place. */
@JsonPropertyOrder({"text", "name", "geonameid", "country", "admin1", "lat", "lon", "precision", "start", "end"})
public record PlaceRef(String text, String name, @JsonProperty("geonameid") Long geonameId, String country, String admin1,
                       Double lat, Double lon, String precision, Integer start, Integer end) {
    public PlaceRef withText(String newText, Integer s, Integer e) {
        return new PlaceRef(newText, name, geonameId, country, admin1, lat, lon, precision, s, e);
    }
}
