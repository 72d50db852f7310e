package org.marsad.merge;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.ArabicNormalizer;

/** Word n-gram shingles of the normalised text, hashed to 64 bits. */
final class Shingles {
    private Shingles() {}

    /** Words of the matching form: runs of letters or digits, punctuation dropped. */
    static List<String> words(String text) {
        String norm = ArabicNormalizer.normalize(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean word = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(norm.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Hashes of every run of n consecutive words; a text shorter than n gives one shingle of all its words. */
    static long[] hashes(String text, int n) {
        List<String> w = words(text);
        if (w.isEmpty()) return new long[0];
        int count = Math.max(1, w.size() - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(w.size(), i + n); j++) {
                String s = w.get(j);
                for (int k = 0; k < s.length(); k++) {
                    h ^= s.charAt(k);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            out[i] = mix(h);
        }
        return out;
    }

    /** SplitMix64 finaliser: spreads FNV hashes over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
