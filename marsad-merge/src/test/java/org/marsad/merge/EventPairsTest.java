package org.marsad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.RecordJson;
import org.marsad.core.record.Size;

/**
 * Pairwise precision and recall of "same event" decisions on hand-coded pairs of news articles
 * (event-pairs.jsonl): all coded records are merged together, then each pair is judged by whether
 * its two records ended up in one merged event.
 */
class EventPairsTest {
    @Test
    void mergerSeparatesAndJoinsHandLabelledPairs() throws Exception {
        List<JsonNode> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/event-pairs.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) pairs.add(RecordJson.MAPPER.readTree(line));
        }
        assertTrue(pairs.size() >= 60, "at least 60 labelled pairs");
        Map<String, EventRecord> records = new LinkedHashMap<>();
        for (JsonNode p : pairs) {
            for (String side : List.of("a", "b")) {
                EventRecord rec = record(p.get(side));
                EventRecord before = records.putIfAbsent(rec.id(), rec);
                if (before != null) assertEquals(before, rec, "document coded the same way in every pair: " + rec.id());
            }
        }
        EventMerger merger = new EventMerger(MergeConfig.DEFAULT);
        Map<String, Integer> eventOf = new HashMap<>();
        List<List<MergeItem>> groups = merger.group(new ArrayList<>(records.values()), Map.of());
        for (int i = 0; i < groups.size(); i++) for (MergeItem m : groups.get(i)) eventOf.put(m.record.id(), i);

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (JsonNode p : pairs) {
            boolean gold = p.get("label").asText().equals("same");
            boolean merged = eventOf.get(p.get("a").get("doc").asText()).equals(eventOf.get(p.get("b").get("doc").asText()));
            if (gold && merged) tp++;
            else if (gold) { fn++; System.out.println("missed:   " + p.get("pair").asText()); }
            else if (merged) { fp++; System.out.println("wrongly merged: " + p.get("pair").asText()); }
            else tn++;
        }
        double precision = tp / (double) Math.max(1, tp + fp), recall = tp / (double) Math.max(1, tp + fn);
        System.out.printf("event pairs: %d same, %d different; TP %d FP %d FN %d TN %d; precision %.3f recall %.3f%n",
                tp + fn, fp + tn, tp, fp, fn, tn, precision, recall);
        assertTrue(precision >= 0.95, "pairwise precision " + precision);
        assertTrue(recall >= 0.85, "pairwise recall " + recall);
    }

    private static EventRecord record(JsonNode s) {
        EventRecord.Builder b = EventRecord.builder();
        b.id = s.get("doc").asText();
        b.docId = b.id;
        b.source = s.get("outlet").asText();
        b.published = s.get("published").asText();
        b.date = text(s, "date");
        b.event = text(s, "event");
        b.mode = text(s, "mode");
        b.actor = actor(s.get("actor"));
        b.recipient = actor(s.get("recipient"));
        JsonNode l = s.get("location");
        if (l != null && !l.isNull()) {
            b.location = new PlaceRef(l.get("name").asText(), l.get("name").asText(), null, text(l, "country"), text(l, "admin1"),
                    l.get("lat").asDouble(), l.get("lon").asDouble(), text(l, "level"), null, null);
        }
        b.size = new Size(integer(s, "dead"), integer(s, "injured"), null, null, List.of());
        ActorRef c = actor(s.get("claimant"));
        if (c != null) b.attribution = new org.marsad.core.record.Attribution(c, List.of(), false, null);
        return b.build();
    }

    private static ActorRef actor(JsonNode a) {
        if (a == null || a.isNull()) return null;
        return new ActorRef(null, null, text(a, "country"), text(a, "org"), text(a, "sector"), null, null, null);
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
