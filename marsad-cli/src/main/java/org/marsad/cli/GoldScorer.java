package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/**
 * Scores event records against gold records with the matching rules of the dev-set scorer
 * (GOLD-FORMAT.md): a record matches a required gold event of its type when its trigger
 * overlaps a sentence holding one of the gold evidence strings; arguments are checked on the
 * first record that matches each gold event. Used by the built-in quality gate, which must
 * run where the reference scorer is not available.
 */
public final class GoldScorer {
    private static final Pattern SENT_END = Pattern.compile("[.!?\u061F\n]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Double> RADIUS_KM = Map.of("site", 30.0, "city", 50.0, "district", 80.0, "admin1", 250.0, "region", 250.0);

    public static final class Score {
        public int tp, fp, fn, duplicates, strictTp;
        public final Map<String, int[]> args = new TreeMap<>();
        public final Map<String, int[]> perType = new TreeMap<>();

        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public double strictF1() {
            double p = tp + fp == 0 ? 0 : (double) strictTp / (tp + fp), r = tp + fn == 0 ? 0 : (double) strictTp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        public double arg(String name) { int[] a = args.get(name); return a == null || a[1] == 0 ? Double.NaN : (double) a[0] / a[1]; }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format("tp %d fp %d fn %d dup %d  P %.3f R %.3f F1 %.3f strict F1 %.3f", tp, fp, fn,
                    duplicates, precision(), recall(), f1(), strictF1()));
            for (var e : args.entrySet()) sb.append(String.format("  %s %.3f (%d)", e.getKey(), arg(e.getKey()), e.getValue()[1]));
            return sb.toString();
        }
    }

    /** Scores records of several documents; {@code texts} maps doc id to its text, {@code gold} are JSON lines. */
    public static Score score(Map<String, String> texts, List<String> goldLines, List<EventRecord> predictions) {
        Map<String, List<JsonNode>> goldByDoc = new LinkedHashMap<>();
        for (String l : goldLines) {
            if (l.isBlank()) continue;
            JsonNode g = read(l);
            goldByDoc.computeIfAbsent(g.get("doc").asText(), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<EventRecord>> predByDoc = new HashMap<>();
        for (EventRecord p : predictions) {
            if (p.status() != null && (p.status().historical() || p.status().negated() || p.status().future())) continue;
            predByDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p);
        }
        Score s = new Score();
        for (var entry : goldByDoc.entrySet()) {
            String text = texts.get(entry.getKey());
            if (text == null) throw new IllegalArgumentException("no text for gold document " + entry.getKey());
            scoreDoc(text, entry.getValue(), predByDoc.getOrDefault(entry.getKey(), List.of()), s);
        }
        return s;
    }

    private static void scoreDoc(String text, List<JsonNode> golds, List<EventRecord> preds, Score s) {
        List<int[]> spans = sentences(text);
        Map<JsonNode, List<int[]>> ranges = new HashMap<>();
        Map<JsonNode, List<int[]>> hits = new HashMap<>();
        for (JsonNode g : golds) {
            List<int[]> rs = new ArrayList<>(), hs = new ArrayList<>();
            for (JsonNode ev : g.get("evidence")) {
                String e = ev.asText();
                for (int at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + 1)) {
                    rs.add(enclosing(spans, at, at + e.length()));
                    hs.add(new int[] {at, at + e.length()});
                }
            }
            ranges.put(g, rs);
            hits.put(g, hs);
        }
        Map<JsonNode, EventRecord> matched = new HashMap<>();
        for (EventRecord p : preds) {
            int a0 = p.trigger() != null ? p.trigger().start() : p.evidence().start();
            int a1 = p.trigger() != null ? p.trigger().end() : p.evidence().end();
            List<JsonNode> cands = new ArrayList<>();
            for (JsonNode g : golds) {
                if (!list(g.get("event")).contains(p.event())) continue;
                for (int[] r : ranges.get(g)) if (r[0] < Math.max(a1, a0 + 1) && a0 < r[1]) { cands.add(g); break; }
            }
            cands.sort(Comparator.comparingInt(g -> hits.get(g).stream().mapToInt(h -> Math.max(Math.max(h[0] - a1, a0 - h[1]), 0)).min().orElse(0)));
            JsonNode free = null;
            boolean taken = false;
            for (JsonNode g : cands) {
                if (!g.path("required").asBoolean(true)) continue;
                if (!matched.containsKey(g)) { free = g; break; }
                taken = true;
            }
            if (free != null) {
                matched.put(free, p);
                s.tp++;
                s.perType.computeIfAbsent(free.get("event").get(0).asText(), k -> new int[3])[0]++;
                Boolean actor = actorOk(free.get("actor"), p.actor());
                Boolean location = locationOk(free.get("location"), p.location());
                Boolean date = dateOk(free.get("date"), p.date());
                check(s, "actor", actor);
                check(s, "actor_sector", sectorOk(free.get("actor"), p.actor()));
                check(s, "recipient", actorOk(free.get("recipient"), p.recipient()));
                check(s, "location", location);
                check(s, "date", date);
                JsonNode dead = free.get("dead");
                if (dead != null && !dead.isNull()) check(s, "dead", p.size() != null && p.size().dead() != null && p.size().dead() == dead.asInt());
                JsonNode claimant = free.get("claimant");
                if (claimant != null && !claimant.isNull()) {
                    ActorRef c = p.attribution() == null ? null : p.attribution().claimant();
                    check(s, "claimant", Boolean.TRUE.equals(actorOk(claimant, c)));
                }
                if (actor != Boolean.FALSE && location != Boolean.FALSE && date != Boolean.FALSE) s.strictTp++;
            } else if (taken) {
                s.duplicates++;
            } else if (cands.isEmpty()) {
                s.fp++;
                s.perType.computeIfAbsent(p.event(), k -> new int[3])[1]++;
            }
        }
        for (JsonNode g : golds) {
            if (g.path("required").asBoolean(true) && !matched.containsKey(g)) {
                s.fn++;
                s.perType.computeIfAbsent(g.get("event").get(0).asText(), k -> new int[3])[2]++;
            }
        }
    }

    private static void check(Score s, String name, Boolean ok) {
        if (ok == null) return;
        int[] a = s.args.computeIfAbsent(name, k -> new int[2]);
        if (ok) a[0]++;
        a[1]++;
    }

    static Boolean actorOk(JsonNode gold, ActorRef pred) {
        if (gold == null || gold.isNull()) return null;
        if (pred == null) return false;
        List<String> keys = new ArrayList<>();
        boolean nullKey = false;
        for (JsonNode k : gold.path("key")) { if (k.isNull()) nullKey = true; else keys.add(k.asText()); }
        if (keys.isEmpty() && !nullKey) return null;
        return (pred.country() != null && keys.contains(pred.country())) || (pred.org() != null && keys.contains(pred.org()))
                || (nullKey && pred.country() == null);
    }

    static Boolean sectorOk(JsonNode gold, ActorRef pred) {
        if (gold == null || gold.isNull() || gold.path("sector").isNull() || gold.path("sector").isMissingNode() || gold.path("sector").isEmpty()) return null;
        if (pred == null) return false;
        return list(gold.get("sector")).contains(pred.sector());
    }

    static Boolean locationOk(JsonNode gold, PlaceRef pred) {
        if (gold == null || gold.isNull()) return null;
        if (pred == null) return false;
        String level = gold.path("level").asText("city");
        if (level.equals("country")) return gold.path("country").asText().equals(pred.country());
        if (pred.lat() == null || pred.lon() == null) return false;
        List<Double> lats = numbers(gold.get("lat")), lons = numbers(gold.get("lon"));
        for (int i = 0; i < Math.min(lats.size(), lons.size()); i++) {
            if (haversineKm(lats.get(i), lons.get(i), pred.lat(), pred.lon()) <= RADIUS_KM.getOrDefault(level, 50.0)) return true;
        }
        return false;
    }

    static Boolean dateOk(JsonNode gold, String date) {
        if (gold == null || gold.isNull()) return null;
        if (date == null) return false;
        String from = gold.get("from").asText(), to = gold.get("to").asText();
        if (date.length() >= 10) {
            String d = date.substring(0, 10);
            return from.compareTo(d) <= 0 && d.compareTo(to) <= 0;
        }
        if (date.length() == 4) return from.equals(date + "-01-01") && to.equals(date + "-12-31");
        if (date.length() == 7) {
            java.time.YearMonth ym = java.time.YearMonth.parse(date);
            return from.equals(date + "-01") && to.equals(ym.atEndOfMonth().toString());
        }
        return false;
    }

    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double a = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2) + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENT_END.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.end()});
            start = m.end();
        }
        if (start < text.length()) out.add(new int[] {start, text.length()});
        return out;
    }

    private static int[] enclosing(List<int[]> spans, int s, int e) {
        int[] first = null, last = null;
        for (int[] sp : spans) {
            if (sp[0] < e && s < sp[1]) { if (first == null) first = sp; last = sp; }
        }
        return first == null ? new int[] {s, e} : new int[] {first[0], last[1]};
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isArray()) for (JsonNode x : n) out.add(x.isNull() ? null : x.asText());
        else out.add(n.asText());
        return out;
    }

    private static List<Double> numbers(JsonNode n) {
        List<Double> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isArray()) for (JsonNode x : n) out.add(x.asDouble());
        else out.add(n.asDouble());
        return out;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
