package org.marsad.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises wire stories republished by several outlets and near-identical versions of one article:
 * MinHash signatures over word shingles of the normalised text, LSH banding to find candidate pairs,
 * and the signature agreement (an estimate of the shingle Jaccard similarity) to confirm them.
 * Copies get the same cluster id: the smallest document id in the cluster, so ids are stable.
 */
public final class CopyDetector {
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int INDEX_BITS = 24;
    private static final long[] MUL = new long[HASHES], ADD = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            MUL[i] = Shingles.mix(x) | 1L;
            x += 0x9E3779B97F4A7C15L;
            ADD[i] = Shingles.mix(x);
        }
    }

    private final MergeConfig config;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();

    public CopyDetector(MergeConfig config) {
        this.config = config;
    }

    /** Adds (or replaces) a document; empty texts never count as copies. */
    public void add(String docId, String text) {
        long[] shingles = Shingles.hashes(text == null ? "" : text, config.shingleWords());
        if (shingles.length == 0) return;
        long[] sig = signature(shingles);
        Integer at = index.get(docId);
        if (at != null) {
            signatures.set(at, sig);
            return;
        }
        if (ids.size() >= (1 << INDEX_BITS)) throw new IllegalStateException("too many documents for one copy detector");
        index.put(docId, ids.size());
        ids.add(docId);
        signatures.add(sig);
    }

    /** The estimated Jaccard similarity of two added documents, or 0 when either is missing. */
    public double similarity(String docA, String docB) {
        Integer a = index.get(docA), b = index.get(docB);
        return a == null || b == null ? 0 : agreement(signatures.get(a), signatures.get(b));
    }

    /** docId -> copy-cluster id for every added document (a document with no copy is its own cluster). */
    public Map<String, String> clusters() {
        int n = ids.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        long[] keys = new long[n];
        for (int band = 0; band < BANDS; band++) {
            // Band hash in the high bits, document index in the low bits: sorting groups equal bands together.
            for (int i = 0; i < n; i++) keys[i] = (bandHash(signatures.get(i), band) << INDEX_BITS) | i;
            Arrays.sort(keys);
            int from = 0;
            for (int i = 1; i <= n; i++) {
                if (i < n && keys[i] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) continue;
                for (int x = from; x < i; x++) {
                    for (int y = x + 1; y < i; y++) {
                        int a = (int) (keys[x] & ((1 << INDEX_BITS) - 1)), b = (int) (keys[y] & ((1 << INDEX_BITS) - 1));
                        if (find(parent, a) == find(parent, b)) continue;
                        if (agreement(signatures.get(a), signatures.get(b)) >= config.copyJaccard()) union(parent, a, b);
                    }
                }
                from = i;
            }
        }
        // Cluster id: the smallest document id among its members.
        Map<Integer, String> smallest = new HashMap<>();
        for (int i = 0; i < n; i++) smallest.merge(find(parent, i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.put(ids.get(i), smallest.get(find(parent, i)));
        return out;
    }

    /** Convenience: copy clusters of docId -> text. */
    public static Map<String, String> detect(Map<String, String> texts, MergeConfig config) {
        CopyDetector d = new CopyDetector(config);
        texts.forEach(d::add);
        return d.clusters();
    }

    /** MinHash with one multiply-add permutation per row: cheap and independent enough for shingle hashes. */
    private static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = s * MUL[i] + ADD[i];
                h ^= h >>> 31;
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    private static long bandHash(long[] sig, int band) {
        long h = band;
        for (int r = band * ROWS; r < band * ROWS + ROWS; r++) h = Shingles.mix(h * 31 + sig[r]);
        return h >>> INDEX_BITS;
    }

    private static double agreement(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
