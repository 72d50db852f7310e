package org.marsad.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;

/** Builds the merged-event record of one group: most-reported values, figures per claimant, provenance. */
final class MergedEventBuilder {
    static final List<String> FIGURES = List.of("dead", "injured", "arrested", "participants");
    private static final List<String> PRECISION_ORDER = List.of("site", "city", "district", "admin1", "region", "country");
    private static final Comparator<EventRecord> SEEN_ORDER = Comparator
            .comparing(EventRecord::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventRecord::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private MergedEventBuilder() {}

    static MergedEvent build(List<MergeItem> items) {
        List<EventRecord> all = items.stream().map(i -> i.record).sorted(SEEN_ORDER).toList();
        List<EventRecord> reports = representatives(items);

        List<String> mentions = all.stream().map(EventRecord::id).filter(Objects::nonNull).sorted().distinct().toList();
        String event = mostReported(reports, EventRecord::event);
        String mode = mostReported(reports.stream().filter(r -> Objects.equals(r.event(), event)).toList(), EventRecord::mode);
        String date = mostReported(reports, r -> dayOrNull(r.date()));
        if (date == null) date = mostReported(reports, EventRecord::date);

        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (MergeItem i : items) {
            DateSpan d = DateSpan.parse(i.record.date());
            if (d == null) continue;
            first = Math.min(first, d.first());
            last = Math.max(last, d.last());
        }
        List<String> range = first == Long.MAX_VALUE ? null : List.of(DateSpan.iso(first), DateSpan.iso(last));

        ActorRef actor = mostReportedActor(reports, EventRecord::actor);
        ActorRef recipient = mostReportedActor(reports, EventRecord::recipient);
        PlaceRef location = bestLocation(reports);

        Map<String, Object> size = new LinkedHashMap<>();
        List<String> disputed = new ArrayList<>();
        for (String f : FIGURES) {
            Map<String, Integer> byClaimant = new TreeMap<>();
            TreeSet<Integer> values = new TreeSet<>();
            for (EventRecord r : reports) {
                Integer v = figure(r.size(), f);
                if (v == null) continue;
                values.add(v);
                byClaimant.merge(claimantKey(r), v, Math::max);
            }
            if (values.isEmpty()) {
                size.put(f, null);
                continue;
            }
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("min", values.first());
            fig.put("max", values.last());
            fig.put("by_claimant", byClaimant);
            size.put(f, fig);
            if (values.size() > 1) disputed.add(f);
        }

        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (EventRecord r : all) if (r.source() != null) sources.add(r.source());
        Map<String, ActorRef> claimants = new LinkedHashMap<>();
        for (EventRecord r : reports) {
            ActorRef c = claimant(r);
            if (c != null) claimants.putIfAbsent(actorKey(c), c);
        }
        String firstSeen = all.stream().map(EventRecord::published).filter(Objects::nonNull).min(String::compareTo).orElse(null);
        String lastSeen = all.stream().map(EventRecord::published).filter(Objects::nonNull).max(String::compareTo).orElse(null);

        return new MergedEvent(eventId(mentions), event, mode, date, range, actor, recipient, location, size, disputed,
                List.copyOf(sources), List.copyOf(claimants.values()), mentions, firstSeen, lastSeen, reports.size());
    }

    /** Stable: the same set of mention ids always gives the same id, whatever the input order. */
    static String eventId(List<String> sortedMentionIds) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(String.join("\n", sortedMentionIds).getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One record per independent report: the earliest record of each copy cluster. */
    static List<EventRecord> representatives(List<MergeItem> items) {
        Map<String, EventRecord> rep = new TreeMap<>();
        for (MergeItem i : items) rep.merge(i.reportKey, i.record, (a, b) -> SEEN_ORDER.compare(a, b) <= 0 ? a : b);
        List<EventRecord> out = new ArrayList<>(rep.values());
        out.sort(SEEN_ORDER);
        return out;
    }

    /** Who a figure is credited to: the claimant's key and sector, else the reporting outlet. */
    static String claimantKey(EventRecord r) {
        ActorRef c = claimant(r);
        if (c != null && actorKey(c) != null) return actorKey(c);
        return r.source() != null ? r.source() : "unknown";
    }

    private static ActorRef claimant(EventRecord r) {
        return r.attribution() == null ? null : r.attribution().claimant();
    }

    private static String actorKey(ActorRef a) {
        String key = a.key();
        if (key == null) return a.name() != null ? a.name() : a.text();
        return a.sector() != null ? key + "/" + a.sector() : key;
    }

    private static Integer figure(Size s, String f) {
        if (s == null) return null;
        return switch (f) {
            case "dead" -> s.dead();
            case "injured" -> s.injured();
            case "arrested" -> s.arrested();
            default -> s.participants();
        };
    }

    private static String dayOrNull(String date) {
        return date != null && date.length() >= 10 ? date.substring(0, 10) : null;
    }

    /** The value given by most reports; ties go to the earliest report. */
    private static <T> T mostReported(List<EventRecord> reports, Function<EventRecord, T> f) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (EventRecord r : reports) {
            T v = f.apply(r);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) if (e.getValue() > n) { best = e.getKey(); n = e.getValue(); }
        return best;
    }

    private static ActorRef mostReportedActor(List<EventRecord> reports, Function<EventRecord, ActorRef> f) {
        String key = mostReported(reports, r -> f.apply(r) == null ? null : f.apply(r).key());
        for (EventRecord r : reports) {
            ActorRef a = f.apply(r);
            if (a != null && (key == null || key.equals(a.key()))) return a;
        }
        return null;
    }

    /** The place most reports give; among equally frequent ones, the most precise. */
    private static PlaceRef bestLocation(List<EventRecord> reports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, PlaceRef> first = new LinkedHashMap<>();
        for (EventRecord r : reports) {
            PlaceRef p = r.location();
            if (p == null) continue;
            String k = p.geonameId() != null ? "g" + p.geonameId() : p.name() != null ? p.name() : String.valueOf(p.text());
            counts.merge(k, 1, Integer::sum);
            first.putIfAbsent(k, p);
        }
        PlaceRef best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            PlaceRef p = first.get(e.getKey());
            if (best == null || e.getValue() > bestCount
                    || (e.getValue() == bestCount && precisionRank(p) < precisionRank(best))) {
                best = p;
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static int precisionRank(PlaceRef p) {
        if (p.lat() == null) return PRECISION_ORDER.size() + 1;
        int i = p.precision() == null ? -1 : PRECISION_ORDER.indexOf(p.precision());
        return i < 0 ? PRECISION_ORDER.size() : i;
    }
}
