package org.marsad.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Filters over stored events. Text filters take any string (they are bound as parameters, so
 * odd input just matches nothing); dates, the bounding box and paging are checked and refused
 * with {@link IllegalArgumentException} when malformed.
 */
public record EventQuery(String type, String mode, String country, String actorCountry, String actorOrg, String actorSector,
                         String recipientCountry, String recipientOrg, String recipientSector, String org, String place,
                         double[] bbox, LocalDate from, LocalDate to, String claimant, String text, String article,
                         int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    /** The filter parameter names, as the API takes them. */
    public static final List<String> PARAMS = List.of("type", "mode", "country", "actor_country", "actor_org", "actor_sector",
            "recipient_country", "recipient_org", "recipient_sector", "org", "place", "bbox", "from", "to", "claimant", "q",
            "article", "limit", "offset");

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, DEFAULT_LIMIT, 0);
    }

    /** Reads filters from request parameters ({@code param.apply(name)} is null when absent). */
    public static EventQuery from(Function<String, String> param) {
        return new EventQuery(text(param, "type"), text(param, "mode"), text(param, "country"), text(param, "actor_country"),
                text(param, "actor_org"), text(param, "actor_sector"), text(param, "recipient_country"),
                text(param, "recipient_org"), text(param, "recipient_sector"), text(param, "org"), text(param, "place"),
                bbox(param.apply("bbox")), date(param, "from"), date(param, "to"), text(param, "claimant"),
                text(param, "q"), text(param, "article"), integer(param, "limit", DEFAULT_LIMIT, 0, MAX_LIMIT),
                integer(param, "offset", 0, 0, Integer.MAX_VALUE));
    }

    public EventQuery withPage(int newLimit, int newOffset) {
        return new EventQuery(type, mode, country, actorCountry, actorOrg, actorSector, recipientCountry, recipientOrg,
                recipientSector, org, place, bbox, from, to, claimant, text, article, newLimit, newOffset);
    }

    public EventQuery withCountry(String c) {
        return new EventQuery(type, mode, c, actorCountry, actorOrg, actorSector, recipientCountry, recipientOrg,
                recipientSector, org, place, bbox, from, to, claimant, text, article, limit, offset);
    }

    public EventQuery withText(String q) {
        return new EventQuery(type, mode, country, actorCountry, actorOrg, actorSector, recipientCountry, recipientOrg,
                recipientSector, org, place, bbox, from, to, claimant, q, article, limit, offset);
    }

    /** The WHERE clause (starting with " WHERE", or empty) and its bound values. */
    Where where() {
        Where w = new Where();
        w.eq("event", upper(type));
        w.eq("mode", mode);
        if (country != null) w.add("(actor_country = ? OR recipient_country = ? OR place_country = ?)", upper(country), upper(country), upper(country));
        w.eq("actor_country", upper(actorCountry));
        w.eq("actor_org", upper(actorOrg));
        w.eq("actor_sector", upper(actorSector));
        w.eq("recipient_country", upper(recipientCountry));
        w.eq("recipient_org", upper(recipientOrg));
        w.eq("recipient_sector", upper(recipientSector));
        if (org != null) w.add("(actor_org = ? OR recipient_org = ?)", upper(org), upper(org));
        if (place != null) {
            w.add("contains(place_search, ?)", lower(place));
        }
        if (bbox != null) w.add("(lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?)", bbox[0], bbox[2], bbox[1], bbox[3]);
        if (from != null) w.add("date_start >= ?", java.sql.Date.valueOf(from));
        if (to != null) w.add("date_start <= ?", java.sql.Date.valueOf(to));
        if (claimant != null) {
            w.add("(claimant_country = ? OR claimant_org = ? OR contains(claimant_search, ?))", upper(claimant), upper(claimant),
                    lower(claimant));
        }
        if (text != null) w.add("contains(search, ?)", lower(text));
        w.eq("article_hash", article);
        return w;
    }

    private static String upper(String s) { return s == null ? null : s.toUpperCase(Locale.ROOT); }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    private static String text(Function<String, String> param, String name) {
        String v = param.apply(name);
        if (v == null) return null;
        v = v.strip();
        if (v.isEmpty()) return null;
        if (v.length() > 200) throw new IllegalArgumentException("parameter " + name + " is longer than 200 characters");
        return v;
    }

    private static LocalDate date(Function<String, String> param, String name) {
        String v = text(param, name);
        if (v == null) return null;
        try {
            if (v.length() == 4) return LocalDate.of(Integer.parseInt(v), name.equals("to") ? 12 : 1, name.equals("to") ? 31 : 1);
            if (v.length() == 7) {
                LocalDate d = LocalDate.parse(v + "-01");
                return name.equals("to") ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static int integer(Function<String, String> param, String name, int dflt, int min, int max) {
        String v = text(param, name);
        if (v == null) return dflt;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw new IllegalArgumentException("parameter " + name + " must be between " + min + " and " + max);
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a whole number");
        }
    }

    static double[] bbox(String v) {
        if (v == null || v.isBlank()) return null;
        String[] parts = v.split(",");
        if (parts.length != 4) throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) b[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        for (double d : b) if (!Double.isFinite(d)) throw new IllegalArgumentException("bbox must be finite numbers");
        return b;
    }

    /** A WHERE clause under construction: SQL text with placeholders and the values they take. */
    static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void eq(String column, Object value) {
            if (value != null) add(column + " = ?", value);
        }

        void add(String clause, Object... values) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(clause);
            params.addAll(List.of(values));
        }

        int bind(java.sql.PreparedStatement ps, int from) throws java.sql.SQLException {
            int i = from;
            for (Object p : params) ps.setObject(i++, p);
            return i;
        }
    }
}
