package org.marsad.kb;

/**
 * One place of the gazetteer.
 *
 * @param id         GeoNames id as text, "X&lt;n&gt;" for hand-kept places, "C:ISO3" for countries
 * @param geonameId  the GeoNames id, or null
 * @param level      city, district, admin1, region, site or country
 */
public record PlaceEntry(String id, String name, Long geonameId, String country, String admin1,
                         double lat, double lon, long population, String level) {
    public static final String COUNTRY = "country";
    public static final String ADMIN1 = "admin1";
    public static final String CITY = "city";

    /** A rough size used to rank places that share a name (regions count as large). */
    public double weight() {
        if (population > 0) return Math.log10(population);
        return switch (level) {
            case COUNTRY -> 7.5;
            case ADMIN1, "region" -> 5.8;
            case CITY -> 5.5; // hand-kept cities are those often in the news
            case "district" -> 4.8;
            default -> 4.3;
        };
    }
}
