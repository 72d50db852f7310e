package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.RecordJson;

/** Read queries behind the API. Every value from a request is a bound parameter. */
public final class StoreQueries {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<String, String> INTERVALS = Map.of("day", "day", "week", "week", "month", "month", "year", "year");

    private static volatile int queryTimeoutSeconds = 0;

    private StoreQueries() {}

    /** Queries that run longer than this are cancelled (0: no limit). */
    public static void setQueryTimeoutSeconds(int seconds) {
        queryTimeoutSeconds = Math.max(0, seconds);
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (queryTimeoutSeconds > 0) ps.setQueryTimeout(queryTimeoutSeconds);
        return ps;
    }

    /** One page of events, newest first, with the total number that match. */
    public static ObjectNode search(Connection c, EventQuery q) throws SQLException {
        EventQuery.Where w = q.where();
        ObjectNode out = F.objectNode();
        try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM events" + w.sql)) {
            w.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put("total", rs.getLong(1));
            }
        }
        out.put("limit", q.limit());
        out.put("offset", q.offset());
        ArrayNode items = out.putArray("items");
        // Only the small columns a list shows: materialising the full record JSON of the
        // sorted rows would cost more than the query itself. /api/events/{id} has the record.
        try (PreparedStatement ps = prepare(c, "SELECT " + SUMMARY_COLUMNS + " FROM events" + w.sql
                + " ORDER BY sort_key DESC LIMIT ? OFFSET ?")) {
            int i = w.bind(ps, 1);
            ps.setInt(i++, q.limit());
            ps.setInt(i, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(summary(rs));
            }
        }
        return out;
    }

    private static final String SUMMARY_COLUMNS = "uid, article_hash, event, mode, date, actor_text, actor_name, actor_country, "
            + "actor_org, actor_sector, recipient_text, recipient_name, recipient_country, recipient_org, recipient_sector, "
            + "place_text, place_name, place_country, lat, lon, source, published, trigger_text, confidence";

    /** A list item: the record's main fields, shaped as in the record. */
    private static ObjectNode summary(ResultSet rs) throws SQLException {
        ObjectNode o = F.objectNode();
        o.put("id", rs.getString(1));
        o.put("article", rs.getString(2));
        o.put("event", rs.getString(3));
        o.put("mode", rs.getString(4));
        o.put("date", rs.getString(5));
        o.set("actor", actor(rs, 6));
        o.set("recipient", actor(rs, 11));
        if (rs.getString(16) == null && rs.getString(17) == null) {
            o.putNull("location");
        } else {
            ObjectNode p = o.putObject("location");
            p.put("text", rs.getString(16));
            p.put("name", rs.getString(17));
            p.put("country", rs.getString(18));
            p.set("lat", number(rs, 19));
            p.set("lon", number(rs, 20));
        }
        o.put("source", rs.getString(21));
        o.put("published", rs.getString(22));
        String trigger = rs.getString(23);
        if (trigger == null) o.putNull("trigger"); else o.putObject("trigger").put("text", trigger);
        o.set("confidence", number(rs, 24));
        return o;
    }

    private static JsonNode actor(ResultSet rs, int from) throws SQLException {
        String[] names = {"text", "name", "country", "org", "sector"};
        ObjectNode a = F.objectNode();
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
            String v = rs.getString(from + i);
            any |= v != null;
            a.put(names[i], v);
        }
        return any ? a : F.nullNode();
    }

    private static JsonNode number(ResultSet rs, int col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? F.nullNode() : F.numberNode(d);
    }

    /** A stored record as the API shows it: the record, its store id and its article. */
    static ObjectNode item(String uid, String articleHash, String recordJson) {
        ObjectNode r = (ObjectNode) readTree(recordJson);
        if (!uid.equals(r.path("id").asText(null))) r.put("record_id", r.path("id").asText(null));
        r.put("id", uid);
        r.put("article", articleHash);
        return r;
    }

    /** An event with its article, the other records of its merged event, and its evidence; null if unknown. */
    public static ObjectNode event(Connection c, String uid) throws SQLException {
        ObjectNode out = F.objectNode();
        String hash;
        String recordId;
        try (PreparedStatement ps = prepare(c, "SELECT uid, article_hash, record, id FROM events WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                ObjectNode ev = item(rs.getString(1), rs.getString(2), rs.getString(3));
                out.set("event", ev);
                out.set("evidence", ev.get("evidence"));
                hash = rs.getString(2);
                recordId = rs.getString(4);
            }
        }
        StoredArticle a = article(c, hash);
        if (a != null) {
            ObjectNode art = out.putObject("article");
            art.put("hash", a.hash());
            art.put("doc_id", a.docId());
            art.put("title", a.title());
            art.put("source", a.source());
            art.put("url", a.url());
            art.put("published", a.published() == null ? null : a.published().toString());
            art.put("engine", a.engine());
            art.put("text", a.text());
        }
        ArrayNode mentions = out.putArray("mentions");
        out.putNull("merged");
        try (PreparedStatement ps = prepare(c, "SELECT m.record FROM merged_mentions mm JOIN merged_events m "
                + "ON m.event_id = mm.event_id WHERE mm.record_id = ? LIMIT 1")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) out.set("merged", readTree(rs.getString(1)));
            }
        }
        try (PreparedStatement ps = prepare(c, "SELECT e.uid, e.article_hash, e.record FROM merged_mentions mm "
                + "JOIN events e ON e.id = mm.record_id WHERE mm.event_id IN (SELECT event_id FROM merged_mentions WHERE record_id = ?) "
                + "ORDER BY e.published, e.uid LIMIT 200")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) mentions.add(item(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    public static StoredArticle article(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = prepare(c, 
                "SELECT hash, doc_id, source, url, published, title, text, engine FROM articles WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Date d = rs.getDate(5);
                return new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        d == null ? null : d.toLocalDate(), rs.getString(6), rs.getString(7), rs.getString(8));
            }
        }
    }

    /** Counts per period and event type: {@code [{"period": "2024-03-01", "type": "PROTEST", "count": 4}, ...]}. */
    public static ArrayNode counts(Connection c, EventQuery q, String interval) throws SQLException {
        String unit = INTERVALS.get(interval == null ? "month" : interval);
        if (unit == null) throw new IllegalArgumentException("interval must be day, week, month or year");
        EventQuery.Where w = q.where();
        w.add("date_start IS NOT NULL");
        ArrayNode out = F.arrayNode();
        // The unit comes from the fixed map above, never from the request text.
        try (PreparedStatement ps = prepare(c, "SELECT CAST(date_trunc('" + unit + "', date_start) AS DATE) AS period, "
                + "event, count(*) FROM events" + w.sql + " GROUP BY ALL ORDER BY period, event LIMIT 20000")) {
            w.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode o = out.addObject();
                    o.put("period", rs.getDate(1).toLocalDate().toString());
                    o.put("type", rs.getString(2));
                    o.put("count", rs.getLong(3));
                }
            }
        }
        return out;
    }

    /** The actors (or recipients) with the most events. */
    public static ArrayNode topActors(Connection c, EventQuery q, String role, int n) throws SQLException {
        String p = "recipient".equals(role) ? "recipient" : "actor";
        EventQuery.Where w = q.where();
        w.add("coalesce(" + p + "_name, " + p + "_text, " + p + "_country, " + p + "_org) IS NOT NULL");
        // parties the text does not name are not actors to rank
        w.add("NOT (" + p + "_text IS NULL AND " + p + "_name IS NOT DISTINCT FROM '" + ActorRef.UNIDENTIFIED + "')");
        ArrayNode out = F.arrayNode();
        try (PreparedStatement ps = prepare(c, "SELECT coalesce(" + p + "_name, " + p + "_text) AS name, " + p + "_country, "
                + p + "_org, " + p + "_sector, count(*) AS n FROM events" + w.sql + " GROUP BY ALL ORDER BY n DESC, name LIMIT ?")) {
            int i = w.bind(ps, 1);
            ps.setInt(i, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode o = out.addObject();
                    o.put("name", rs.getString(1));
                    o.put("country", rs.getString(2));
                    o.put("org", rs.getString(3));
                    o.put("sector", rs.getString(4));
                    o.put("count", rs.getLong(5));
                }
            }
        }
        return out;
    }

    /** The places with the most events, with their mean coordinates. */
    public static ArrayNode topPlaces(Connection c, EventQuery q, int n) throws SQLException {
        EventQuery.Where w = q.where();
        w.add("coalesce(place_name, place_text) IS NOT NULL");
        ArrayNode out = F.arrayNode();
        try (PreparedStatement ps = prepare(c, "SELECT coalesce(place_name, place_text) AS name, place_country, "
                + "avg(lat), avg(lon), count(*) AS n FROM events" + w.sql + " GROUP BY ALL ORDER BY n DESC, name LIMIT ?")) {
            int i = w.bind(ps, 1);
            ps.setInt(i, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode o = out.addObject();
                    o.put("name", rs.getString(1));
                    o.put("country", rs.getString(2));
                    double lat = rs.getDouble(3);
                    if (rs.wasNull()) o.putNull("lat"); else o.put("lat", lat);
                    double lon = rs.getDouble(4);
                    if (rs.wasNull()) o.putNull("lon"); else o.put("lon", lon);
                    o.put("count", rs.getLong(5));
                }
            }
        }
        return out;
    }

    /** Values to offer in filters: event types, modes and countries with their counts. */
    public static ObjectNode facets(Connection c) throws SQLException {
        ObjectNode out = F.objectNode();
        facet(c, out.putArray("types"), "SELECT event, count(*) n FROM events WHERE event IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1");
        facet(c, out.putArray("modes"), "SELECT mode, count(*) n FROM events WHERE mode IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1");
        facet(c, out.putArray("countries"), "SELECT k, count(*) n FROM (SELECT actor_country k FROM events UNION ALL "
                + "SELECT recipient_country FROM events UNION ALL SELECT place_country FROM events) WHERE k IS NOT NULL "
                + "GROUP BY 1 ORDER BY n DESC, 1");
        return out;
    }

    private static void facet(Connection c, ArrayNode into, String sql) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ObjectNode o = into.addObject();
                o.put("value", rs.getString(1));
                o.put("count", rs.getLong(2));
            }
        }
    }

    static JsonNode readTree(String json) {
        try {
            return RecordJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
