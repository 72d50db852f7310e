package org.marsad.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.record.EventRecord;

/**
 * Groups article-level records of the same real-world event into merged events.
 *
 * <p>Records are blocked by event family and country; inside a block they are swept in date order and each
 * joins the closest open event whose every record it is compatible with (same family, compatible actors and
 * recipients, places within the radius or the same country, dates within the window), else opens a new one.
 * Events whose last date is more than the window behind the sweep are closed, so the work grows with the
 * number of records times the events open in one window of one block, not with the square of all records.
 */
public final class EventMerger {
    private static final Comparator<MergeItem> SWEEP_ORDER = Comparator
            .comparingLong((MergeItem i) -> i.span.first())
            .thenComparing(i -> i.record.id(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final MergeConfig config;
    private final EventFamilies families;
    private final Compatibility compatibility;

    public EventMerger(MergeConfig config) {
        this(config, EventFamilies.standard());
    }

    public EventMerger(MergeConfig config, EventFamilies families) {
        this.config = config;
        this.families = families;
        this.compatibility = new Compatibility(config);
    }

    public MergeConfig config() { return config; }

    /** One merged event per group of records that report the same event; copy clusters come from the evidence text. */
    public List<MergedEvent> merge(List<EventRecord> records) {
        return merge(records, copyClustersFromEvidence(records));
    }

    /**
     * Same, with the copy clusters known (docId -> cluster id, e.g. from {@link CopyDetector} over the full
     * texts). Documents missing from the map are their own cluster.
     */
    public List<MergedEvent> merge(List<EventRecord> records, Map<String, String> copyClusters) {
        List<List<MergeItem>> groups = group(records, copyClusters);
        List<MergedEvent> out = new ArrayList<>(groups.size());
        for (List<MergeItem> g : groups) out.add(MergedEventBuilder.build(g));
        out.sort(Comparator.comparing(MergedEvent::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MergedEvent::eventId));
        return out;
    }

    /** The groups of records judged to report one event (exposed for evaluation). */
    List<List<MergeItem>> group(List<EventRecord> records, Map<String, String> copyClusters) {
        Map<String, List<MergeItem>> blocks = new LinkedHashMap<>();
        for (EventRecord r : records) {
            String cluster = r.docId() == null ? null : copyClusters.get(r.docId());
            MergeItem item = new MergeItem(r, families.familyOf(r.event()), cluster);
            blocks.computeIfAbsent(item.blockKey(), k -> new ArrayList<>()).add(item);
        }
        List<List<MergeItem>> out = new ArrayList<>();
        for (List<MergeItem> block : blocks.values()) out.addAll(sweep(block));
        return out;
    }

    private List<List<MergeItem>> sweep(List<MergeItem> block) {
        List<MergeItem> dated = new ArrayList<>(), undated = new ArrayList<>();
        for (MergeItem i : block) (i.span != null ? dated : undated).add(i);
        dated.sort(SWEEP_ORDER);
        List<Cluster> all = new ArrayList<>();
        List<Cluster> open = new ArrayList<>();
        for (MergeItem item : dated) {
            long horizon = item.span.first() - config.dateWindowDays();
            open.removeIf(c -> c.lastDay < horizon);
            Cluster best = closest(item, open);
            if (best == null) {
                best = new Cluster();
                open.add(best);
                all.add(best);
            }
            best.add(item);
        }
        // Records with no date at all can only be placed against every event of the block.
        for (MergeItem item : undated) {
            Cluster best = closest(item, all);
            if (best == null) {
                best = new Cluster();
                all.add(best);
            }
            best.add(item);
        }
        List<List<MergeItem>> out = new ArrayList<>(all.size());
        for (Cluster c : all) out.add(c.items);
        return out;
    }

    /** The open event with the lowest cost among those whose every record is compatible with the item. */
    private Cluster closest(MergeItem item, List<Cluster> candidates) {
        Cluster best = null;
        double bestCost = Double.MAX_VALUE;
        for (Cluster c : candidates) {
            double cost = Double.MAX_VALUE;
            boolean ok = true;
            for (MergeItem m : c.items) {
                if (!compatibility.compatible(item, m)) { ok = false; break; }
                cost = Math.min(cost, compatibility.cost(item, m));
            }
            if (ok && cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Copy clusters computed from the evidence sentences of each document's records. */
    Map<String, String> copyClustersFromEvidence(List<EventRecord> records) {
        Map<String, StringBuilder> texts = new HashMap<>();
        Map<String, List<EventRecord>> byDoc = new LinkedHashMap<>();
        for (EventRecord r : records) {
            if (r.docId() == null || r.evidence() == null || r.evidence().text() == null) continue;
            byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
        }
        CopyDetector detector = new CopyDetector(config);
        for (Map.Entry<String, List<EventRecord>> e : byDoc.entrySet()) {
            StringBuilder sb = texts.computeIfAbsent(e.getKey(), k -> new StringBuilder());
            e.getValue().stream()
                    .sorted(Comparator.comparingInt((EventRecord r) -> r.evidence().start()))
                    .map(r -> r.evidence().text()).distinct()
                    .forEach(t -> sb.append(t).append('\n'));
            detector.add(e.getKey(), sb.toString());
        }
        return detector.clusters();
    }

    private static final class Cluster {
        final List<MergeItem> items = new ArrayList<>(2);
        long lastDay = Long.MIN_VALUE;

        void add(MergeItem i) {
            items.add(i);
            if (i.span != null) lastDay = Math.max(lastDay, i.span.last());
        }
    }
}
