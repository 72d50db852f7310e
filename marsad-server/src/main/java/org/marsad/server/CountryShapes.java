package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled country shapes (world-atlas TopoJSON) as GeoJSON, for the map's basemap.
 * Decodes the quantised, delta-encoded arcs of TopoJSON once at start-up.
 */
public final class CountryShapes {
    public static final String RESOURCE = "/org/marsad/server/geo/countries-110m.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CountryShapes() {}

    public static byte[] geoJsonBytes() {
        try (InputStream in = CountryShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            ObjectMapper m = new ObjectMapper();
            return m.writeValueAsBytes(toGeoJson(m.readTree(in), "countries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One object of a topology as a GeoJSON FeatureCollection. */
    static ObjectNode toGeoJson(JsonNode topology, String object) {
        List<double[][]> arcs = decodeArcs(topology);
        ObjectNode fc = F.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (JsonNode g : topology.path("objects").path(object).path("geometries")) {
            String type = g.path("type").asText();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            if (g.has("id")) f.put("id", g.get("id").asText());
            f.set("properties", g.has("properties") ? g.get("properties") : F.objectNode());
            ObjectNode geom = f.putObject("geometry");
            geom.put("type", type);
            ArrayNode coords = geom.putArray("coordinates");
            if (type.equals("Polygon")) {
                polygon(g.path("arcs"), arcs, coords);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode p : g.path("arcs")) polygon(p, arcs, coords.addArray());
            } else {
                f.putNull("geometry");
            }
        }
        return fc;
    }

    private static void polygon(JsonNode rings, List<double[][]> arcs, ArrayNode into) {
        for (JsonNode ring : rings) {
            ArrayNode r = into.addArray();
            boolean first = true;
            for (JsonNode idx : ring) {
                int i = idx.asInt();
                double[][] arc = arcs.get(i >= 0 ? i : ~i);
                int n = arc.length;
                for (int k = 0; k < n; k++) {
                    // Consecutive arcs share their end point: skip the repeat.
                    if (!first && k == 0) continue;
                    double[] p = arc[i >= 0 ? k : n - 1 - k];
                    r.addArray().add(round(p[0])).add(round(p[1]));
                }
                first = false;
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    static List<double[][]> decodeArcs(JsonNode topology) {
        JsonNode t = topology.get("transform");
        double sx = t == null ? 1 : t.get("scale").get(0).asDouble(), sy = t == null ? 1 : t.get("scale").get(1).asDouble();
        double tx = t == null ? 0 : t.get("translate").get(0).asDouble(), ty = t == null ? 0 : t.get("translate").get(1).asDouble();
        List<double[][]> out = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] pts = new double[arc.size()][];
            long x = 0, y = 0;
            for (int k = 0; k < arc.size(); k++) {
                JsonNode p = arc.get(k);
                if (t != null) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    pts[k] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    pts[k] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            out.add(pts);
        }
        return out;
    }
}
