package org.marsad.kb;

/**
 * A part of a country named by direction ("جنوب البلاد"، "شمال غرب سوريا"): where it lies from the
 * country's centre, as a unit step east ({@code dx}) and north ({@code dy}).
 */
public record Direction(String code, String english, double dx, double dy) {
    /** Stands for "البلاد": the country the article is about. */
    static final Direction COUNTRY_WORD = new Direction("@", "", 0, 0);

    /** How far from the centre a direction points, as a share of the square root of the country's area. */
    static final double REACH = 0.3;

    static Direction of(String code, String english) {
        double d = Math.sqrt(0.5);
        return switch (code) {
            case "N" -> new Direction(code, english, 0, 1);
            case "S" -> new Direction(code, english, 0, -1);
            case "E" -> new Direction(code, english, 1, 0);
            case "W" -> new Direction(code, english, -1, 0);
            case "NE" -> new Direction(code, english, d, d);
            case "NW" -> new Direction(code, english, -d, d);
            case "SE" -> new Direction(code, english, d, -d);
            case "SW" -> new Direction(code, english, -d, -d);
            case "C" -> new Direction(code, english, 0, 0);
            default -> throw new IllegalArgumentException("unknown direction " + code);
        };
    }

    /** The point of this part of a country: its centre moved toward the direction. */
    double[] point(double lat, double lon, double areaKm2) {
        double km = REACH * Math.sqrt(Math.max(areaKm2, 0));
        double dLat = dy * km / 111.0;
        double dLon = dx * km / (111.0 * Math.max(0.2, Math.cos(Math.toRadians(lat))));
        return new double[] {Math.round((lat + dLat) * 100) / 100.0, Math.round((lon + dLon) * 100) / 100.0};
    }
}
