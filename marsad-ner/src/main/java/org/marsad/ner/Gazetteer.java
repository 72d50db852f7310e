package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Name lists the recogniser uses as features: countries, cities, nationalities, first names and
 * the knowledge base's persons, kept in their normalised form. One-word names are looked up by word; longer names
 * are found as phrases, keyed by their first word. Immutable after loading.
 */
public final class Gazetteer {
    private static final String[][] FILES = {
        {"COUNTRY", "gazetteer-country.txt"}, {"CITY", "gazetteer-city.txt"},
        {"NATIONALITY", "gazetteer-nationality.txt"}, {"FIRST_NAME", "gazetteer-first-name.txt"},
        {"PERSON", "gazetteer-person.txt"}};

    /** Word -> the lists that hold it as a one-word name. */
    private final Map<String, String> words = new HashMap<>();
    /** First word -> multi-word names starting with it, as word arrays, with their list. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    public record Phrase(String[] words, String list) {}

    private static final class Holder {
        static final Gazetteer SHARED = load();
    }

    public static Gazetteer shared() { return Holder.SHARED; }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] f : FILES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(f[1])) {
                if (in == null) throw new IllegalStateException("missing resource " + f[1]);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    g.add(line.strip(), f[0]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    void add(String name, String list) {
        String[] ws = ArabicNormalizer.normalize(name).split(" +");
        if (ws.length == 1) {
            words.merge(ws[0], list, (a, b) -> a.contains(b) ? a : a + "|" + b);
        } else {
            phrases.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(new Phrase(ws, list));
        }
    }

    /** The lists ("COUNTRY|CITY") holding this normalised word, or null. */
    public String lists(String word) { return words.get(word); }

    /** Multi-word names whose first word is this normalised word; empty when none. */
    public List<Phrase> phrasesStartingWith(String word) { return phrases.getOrDefault(word, List.of()); }
}
