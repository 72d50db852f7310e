package org.marsad.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recognises wire stories republished by several outlets and near-identical versions of one article:
 * MinHash signatures over word shingles of the normalised text, LSH banding to find candidate pairs,
 * and the signature agreement (an estimate of the shingle Jaccard similarity) to confirm them.
 * Copies get the same cluster id: the smallest document id in the cluster, so ids are stable.
 */
public final class CopyDetector {
    static final int HASHES = 128;
    static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = seeds();

    private final MergeConfig config;
    private final Map<String, long[]> signatures = new LinkedHashMap<>();

    public CopyDetector(MergeConfig config) {
        this.config = config;
    }

    /** Adds (or replaces) a document; empty texts never count as copies. */
    public void add(String docId, String text) {
        long[] shingles = Shingles.hashes(text == null ? "" : text, config.shingleWords());
        if (shingles.length == 0) return;
        signatures.put(docId, signature(shingles));
    }

    /** The estimated Jaccard similarity of two added documents, or 0 when either is missing. */
    public double similarity(String docA, String docB) {
        long[] a = signatures.get(docA), b = signatures.get(docB);
        return a == null || b == null ? 0 : agreement(a, b);
    }

    /** docId -> copy-cluster id for every added document (a document with no copy is its own cluster). */
    public Map<String, String> clusters() {
        UnionFind uf = new UnionFind();
        List<String> ids = new ArrayList<>(signatures.keySet());
        for (String id : ids) uf.add(id);
        for (int band = 0; band < BANDS; band++) {
            Map<BandKey, List<String>> buckets = new HashMap<>();
            for (String id : ids) {
                long[] sig = signatures.get(id);
                buckets.computeIfAbsent(new BandKey(Arrays.copyOfRange(sig, band * ROWS, band * ROWS + ROWS)),
                        k -> new ArrayList<>()).add(id);
            }
            for (List<String> bucket : buckets.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        String a = bucket.get(i), b = bucket.get(j);
                        if (uf.find(a).equals(uf.find(b))) continue;
                        if (agreement(signatures.get(a), signatures.get(b)) >= config.copyJaccard()) uf.union(a, b);
                    }
                }
            }
        }
        Map<String, String> smallest = new TreeMap<>();
        for (String id : ids) smallest.merge(uf.find(id), id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, smallest.get(uf.find(id)));
        return out;
    }

    /** Convenience: copy clusters of docId -> text. */
    public static Map<String, String> detect(Map<String, String> texts, MergeConfig config) {
        CopyDetector d = new CopyDetector(config);
        texts.forEach(d::add);
        return d.clusters();
    }

    private static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    private static double agreement(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = Shingles.mix(x);
        }
        return s;
    }

    private record BandKey(long[] rows) {
        @Override
        public boolean equals(Object o) { return o instanceof BandKey k && Arrays.equals(rows, k.rows); }

        @Override
        public int hashCode() { return Arrays.hashCode(rows); }
    }

    /** Disjoint sets over string ids, with path halving. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String id) { parent.putIfAbsent(id, id); }

        String find(String id) {
            String p = parent.get(id);
            while (!p.equals(parent.get(p))) {
                String gp = parent.get(parent.get(p));
                parent.put(p, gp);
                p = gp;
            }
            return p;
        }

        void union(String a, String b) {
            String ra = find(a), rb = find(b);
            if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
