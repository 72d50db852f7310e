package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word classes learned from unlabelled news (words used in the same contexts share a class), at
 * three granularities (coarse, mid and fine) and a second, finer partition made independently. They let the recogniser generalise from a name seen
 * in training to unseen words of the same class (a new football club, a new first name). Keyed by
 * the word's core; built by {@code tools/ner/build_clusters.sh}. Immutable after loading.
 */
final class WordClusters {
    static final String RESOURCE = "word-clusters.tsv";

    /**
     * The classes of one word, as short feature values; {@code article} says how often the word
     * carries the article in the unlabelled text (0 almost never, as names, to 3 mostly).
     */
    record Classes(String coarse, String mid, String fine, String article, String finer) {}

    private final Map<String, Classes> byKey;

    WordClusters(Map<String, Classes> byKey) { this.byKey = Map.copyOf(byKey); }

    private static final class Holder {
        static final WordClusters SHARED = load();
    }

    static WordClusters shared() { return Holder.SHARED; }

    /** The classes of a key (a word core, {@code <D>}, {@code <L>} or a punctuation mark), or null. */
    Classes of(String key) { return byKey.get(key); }

    int size() { return byKey.size(); }

    private static WordClusters load() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            Map<String, Classes> m = new HashMap<>(1 << 17);
            Map<String, String> interned = new HashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                if (p.length != 6) throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                m.put(p[0], new Classes(interned.computeIfAbsent(p[1], k -> k), interned.computeIfAbsent("m" + p[2], k -> k),
                        interned.computeIfAbsent("f" + p[3], k -> k), interned.computeIfAbsent(p[4], k -> k),
                        interned.computeIfAbsent("x" + p[5], k -> k)));
            }
            return new WordClusters(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
