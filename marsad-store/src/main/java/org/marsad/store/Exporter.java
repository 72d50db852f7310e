package org.marsad.store;

import static org.marsad.store.StoreQueries.prepare;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.marsad.core.record.RecordJson;

/**
 * Writes the events matching a query as CSV, JSON Lines (the records as the engine wrote
 * them), GeoJSON (events with coordinates) or Parquet. CSV and Parquet go through DuckDB's
 * COPY into a temporary file that is then streamed and deleted.
 */
public final class Exporter {
    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
        GEOJSON("application/geo+json", "geojson"), PARQUET("application/vnd.apache.parquet", "parquet");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format parse(String s) {
            try {
                return valueOf(s == null ? "" : s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be csv, jsonl, geojson or parquet");
            }
        }
    }

    /** The most rows one export returns. */
    public static final int MAX_ROWS = 1_000_000;

    private static final List<String> FLAT_COLUMNS = Schema.EVENT_COLUMNS.stream()
            .filter(c -> !c.equals("search") && !c.equals("record") && !c.equals("sort_key")).toList();

    private Exporter() {}

    public static void export(Connection c, EventQuery q, Format format, OutputStream out) throws SQLException, IOException {
        switch (format) {
            case JSONL -> jsonLines(c, q, out);
            case GEOJSON -> geoJson(c, q, out);
            case CSV, PARQUET -> copy(c, q, format, out);
        }
    }

    private static PreparedStatement select(Connection c, EventQuery q, String columns) throws SQLException {
        EventQuery.Where w = q.where();
        PreparedStatement ps = prepare(c, "SELECT " + columns + " FROM events" + w.sql
                + " ORDER BY sort_key DESC LIMIT ?");
        int i = w.bind(ps, 1);
        ps.setInt(i, MAX_ROWS);
        return ps;
    }

    private static void jsonLines(Connection c, EventQuery q, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement ps = select(c, q, "record"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        out.flush();
    }

    private static void geoJson(Connection c, EventQuery q, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement ps = select(c, q, "uid, event, mode, date, actor_country, actor_org, recipient_country, "
                + "recipient_org, coalesce(place_name, place_text), place_country, lon, lat, source, trigger_text");
             ResultSet rs = ps.executeQuery();
             JsonGenerator g = RecordJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            String[] names = {"id", "event", "mode", "date", "actor_country", "actor_org", "recipient_country", "recipient_org",
                    "place", "place_country"};
            while (rs.next()) {
                double lon = rs.getDouble(11);
                if (rs.wasNull()) continue;
                double lat = rs.getDouble(12);
                if (rs.wasNull()) continue;
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", rs.getString(1));
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(lon);
                g.writeNumber(lat);
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                for (int i = 0; i < names.length; i++) g.writeStringField(names[i], rs.getString(i + 1));
                g.writeStringField("source", rs.getString(13));
                g.writeStringField("trigger", rs.getString(14));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void copy(Connection c, EventQuery q, Format format, OutputStream out) throws SQLException, IOException {
        Path tmp = Files.createTempFile("marsad-export-", "." + format.extension);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.export_rows");
            // The filter runs as a prepared statement; COPY then reads the temporary table.
            EventQuery.Where w = q.where();
            String cols = String.join(", ", FLAT_COLUMNS);
            st.execute("CREATE TEMP TABLE export_rows AS SELECT " + cols + " FROM events LIMIT 0");
            try (PreparedStatement ps = prepare(c, "INSERT INTO export_rows SELECT " + cols + " FROM events" + w.sql
                    + " ORDER BY sort_key DESC LIMIT ?")) {
                int i = w.bind(ps, 1);
                ps.setInt(i, MAX_ROWS);
                ps.executeUpdate();
            }
            String options = format == Format.PARQUET ? "(FORMAT PARQUET)" : "(FORMAT CSV, HEADER)";
            // The path is our own temporary file, not request text.
            st.execute("COPY export_rows TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "' " + options);
            st.execute("DROP TABLE IF EXISTS temp.export_rows");
            Files.copy(tmp, out);
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
