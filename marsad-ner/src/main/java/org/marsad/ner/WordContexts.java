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
 * The kinds of name-introducing context each word follows often in unlabelled news: a word seen
 * after "club", "team" or "player" is most likely a club, one seen after "the minister" or "the
 * artist" a person's name, one after "programme" or "titled" a title. Values such as
 * {@code CLUB:h} (kind and how large a share of the word's occurrences: h, m, l). Keyed by the
 * word's core; built by {@code tools/ner/build_contexts.sh}. Immutable after loading.
 */
final class WordContexts {
    static final String RESOURCE = "word-contexts.tsv";
    static final String[] NONE = new String[0];

    private final Map<String, String[]> byCore;

    WordContexts(Map<String, String[]> byCore) { this.byCore = Map.copyOf(byCore); }

    private static final class Holder {
        static final WordContexts SHARED = load();
    }

    static WordContexts shared() { return Holder.SHARED; }

    /** The context kinds of a word core, with their bands; empty when none is frequent. */
    String[] of(String core) { return byCore.getOrDefault(core, NONE); }

    int size() { return byCore.size(); }

    private static WordContexts load() {
        try (InputStream in = WordContexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            Map<String, String[]> m = new HashMap<>(1 << 15);
            Map<String, String> interned = new HashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                if (p.length != 2) throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                String[] kinds = p[1].split(",");
                for (int i = 0; i < kinds.length; i++) kinds[i] = interned.computeIfAbsent(kinds[i], k -> k);
                m.put(p[0], kinds);
            }
            return new WordContexts(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
