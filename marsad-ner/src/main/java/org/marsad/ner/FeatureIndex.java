package org.marsad.ner;

import java.util.Map;

/**
 * Feature name to feature id, looked up on every token: an open-addressing table of 64-bit
 * name fingerprints and ids in two flat arrays. A {@code HashMap<String,Integer>} follows three
 * pointers per look-up (entry, key, boxed id), which made the look-ups most of the tagging
 * time. Two names sharing a 64-bit fingerprint would share an id; with about 10^5 names the
 * chance is about 10^-9. Immutable once built.
 */
final class FeatureIndex {
    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] ids;
    private final int mask;

    FeatureIndex(Map<String, Integer> features) {
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 3)) << 1;
        keys = new long[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        features.forEach((name, id) -> {
            long k = fingerprint(name);
            int slot = (int) mix(k) & mask;
            while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
            keys[slot] = k;
            ids[slot] = id;
        });
    }

    /** The id of a feature name, or -1 when the model does not know it. */
    int get(String name) {
        long k = fingerprint(name);
        int slot = (int) mix(k) & mask;
        while (true) {
            long at = keys[slot];
            if (at == k) return ids[slot];
            if (at == EMPTY) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** FNV-1a over the UTF-16 units; never 0 (0 marks an empty slot). */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1L : h;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
