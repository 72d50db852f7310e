package org.marsad.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.StoreQueries;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SyntheticEvents;

/**
 * Latency of filtered event queries over a store of many events, in the store and through
 * the HTTP API. Prints percentiles; asserts nothing. Run as
 * {@code java -cp <test class path> org.marsad.server.QueryBenchmark [events] [queries]} (docs/observatory.md gives
 * the full command).
 */
public final class QueryBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("marsad-bench");
        Path db = dir.resolve("bench.duckdb");
        try (EventStore store = EventStore.open(db)) {
            long t0 = System.nanoTime();
            SyntheticEvents.fill(store, n);
            System.out.printf("stored %d events in %.1f s (file %s)%n", store.count("events"), (System.nanoTime() - t0) / 1e9, db);
            List<Map<String, String>> mix = mix(queries, new Random(42));
            StoreQueries.setQueryTimeoutSeconds(30);
            // Warm-up, then measure.
            for (int i = 0; i < 50; i++) storeQuery(store, mix.get(i % mix.size()));
            double[] s = new double[mix.size()];
            for (int i = 0; i < mix.size(); i++) s[i] = storeQuery(store, mix.get(i));
            report("store, wall time (EventQuery -> StoreQueries.search, fresh connection each)", s);
            perKind(mix, s);
            // With one DuckDB thread the query runs on the calling thread, so its CPU time is the
            // latency an idle core would give, whatever else the machine is doing.
            store.withWriter(c -> { try (var st = c.createStatement()) { st.execute("SET threads = 1"); } return null; });
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] cpu = new double[mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                storeQuery(store, mix.get(i));
                cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            report("store, CPU time of the query with one DuckDB thread", cpu);
            perKind(mix, cpu);
            store.withWriter(c -> { try (var st = c.createStatement()) { st.execute("RESET threads"); } return null; });

            FakeExtractor fake = new FakeExtractor();
            try (ObservatoryServer server = new ObservatoryServer(store, () -> fake, new EventMerger(MergeConfig.DEFAULT),
                    ServerOptions.defaults().withHostPort("127.0.0.1", 0)).start()) {
                HttpClient http = HttpClient.newHttpClient();
                for (int i = 0; i < 50; i++) httpQuery(http, server, mix.get(i % mix.size()));
                double[] h = new double[mix.size()];
                for (int i = 0; i < mix.size(); i++) h[i] = httpQuery(http, server, mix.get(i));
                report("HTTP GET /api/events (limit 50, total count included)", h);
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir.resolve("bench.duckdb.wal"));
            Files.deleteIfExists(dir);
        }
    }

    static List<Map<String, String>> mix(int n, Random r) {
        String[] types = {"PROTEST", "ASSAULT", "ACCUSE", "CONSULT", "AID"};
        String[] countries = {"EGY", "SYR", "IRQ", "YEM", "LBN", "JOR"};
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> q = new HashMap<>();
            switch (i % 8) {
                case 0 -> q.put("type", types[r.nextInt(types.length)]);
                case 1 -> q.put("country", countries[r.nextInt(countries.length)]);
                case 2 -> { q.put("type", types[r.nextInt(types.length)]); q.put("actor_country", countries[r.nextInt(countries.length)]); }
                case 3 -> q.put("place", "city " + r.nextInt(500));
                case 4 -> q.put("q", "رقم " + r.nextInt(100_000));
                case 5 -> { int lat = 12 + r.nextInt(20), lon = 20 + r.nextInt(25); q.put("bbox", lon + "," + lat + "," + (lon + 3) + "," + (lat + 3)); }
                case 6 -> { int y = 2018 + r.nextInt(6); q.put("from", y + "-01-01"); q.put("to", y + "-03-31"); q.put("type", types[r.nextInt(types.length)]); }
                default -> { q.put("claimant", "AMNESTY"); q.put("offset", String.valueOf(50 * r.nextInt(20))); }
            }
            out.add(q);
        }
        return out;
    }

    static final String[] KINDS = {"type", "country", "type+actor_country", "place substring", "free text", "bbox",
            "date range+type", "claimant+offset"};

    static void perKind(List<Map<String, String>> mix, double[] ms) {
        for (int k = 0; k < KINDS.length; k++) {
            List<Double> v = new ArrayList<>();
            for (int i = k; i < ms.length; i += KINDS.length) v.add(ms[i]);
            report("  " + KINDS[k], v.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    static double storeQuery(EventStore store, Map<String, String> q) throws Exception {
        long t = System.nanoTime();
        try (Connection c = store.reader()) {
            StoreQueries.search(c, EventQuery.from(q::get));
        }
        return (System.nanoTime() - t) / 1e6;
    }

    static double httpQuery(HttpClient http, ObservatoryServer server, Map<String, String> q) throws Exception {
        StringBuilder b = new StringBuilder("api/events?");
        q.forEach((k, v) -> b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + b)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
        return (System.nanoTime() - t) / 1e6;
    }

    static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%s: %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, s.length,
                s[(int) (s.length * 0.50)], s[(int) Math.min(s.length - 1, s.length * 0.95)],
                s[(int) Math.min(s.length - 1, s.length * 0.99)], s[s.length - 1]);
    }
}
