package org.marsad.ner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * One name, one type within a document (the "document-centred" reading of Mikheev 1999): after
 * every sentence is tagged, a name found in one sentence is also found where the same words
 * stand unlabelled in the sentences around it, and a name given several types takes the type
 * it has most often there. Names are compared by their words' cores, so "والأهلي" is the same
 * name as "الأهلي". The tagger reads each sentence once, left to right; this pass lets a
 * mention it missed take what a clearer mention elsewhere in the document says.
 */
final class DocumentConsistency {
    /**
     * Sentences on each side whose names count: about an article in corpora without document
     * boundaries (measured on the held-out tail: 10 and 30 score lower than 20).
     */
    static final int WINDOW = 20;
    /** Names whose cores have fewer letters in all are too ambiguous to spread. */
    private static final int MIN_LETTERS = 3;

    private DocumentConsistency() {}

    /** The labels of each sentence (given with its tokens' cores) made consistent; the input is not changed. */
    static List<String[]> apply(List<String[]> cores, List<String[]> labels) {
        int count = labels.size();
        List<Map<Key, String>> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) names.add(namesOf(cores.get(k), labels.get(k)));
        Window window = new Window();
        int added = 0, removed = 0;
        List<String[]> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            for (; added <= Math.min(count - 1, k + WINDOW); added++) window.add(added, names.get(added));
            for (; removed < k - WINDOW; removed++) window.remove(names.get(removed));
            String[] l = labels.get(k).clone();
            fillUnlabelled(cores.get(k), l, window, k);
            retype(cores.get(k), l, window, k);
            out.add(l);
        }
        return out;
    }

    /** The names of one sentence, each with its type (a name given two types in it keeps the last). */
    private static Map<Key, String> namesOf(String[] cores, String[] labels) {
        Map<Key, String> out = new LinkedHashMap<>();
        for (Span s : BioLabels.spans(List.of(labels))) {
            Key key = Key.of(cores, s.getStart(), s.getEnd());
            if (key.letters() >= MIN_LETTERS) out.put(key, s.getType());
        }
        return out;
    }

    /** Labels each unlabelled run of tokens that is a name of the window, longer names first. */
    private static void fillUnlabelled(String[] cores, String[] labels, Window window, int sentence) {
        List<Match> matches = new ArrayList<>();
        for (int a = 0; a < cores.length; a++) {
            for (Key key : window.startingWith(cores[a])) {
                if (a + key.size() <= cores.length && key.matches(cores, a)) matches.add(new Match(a, key));
            }
        }
        matches.sort((x, y) -> y.key().size() - x.key().size()); // stable: equal lengths keep text order
        for (Match m : matches) {
            int to = m.start() + m.key().size();
            if (allOutside(labels, m.start(), to)) label(labels, m.start(), to, window.typeOf(m.key(), sentence));
        }
    }

    /** A name of the window found at a token of the sentence. */
    private record Match(int start, Key key) {}

    /** Gives each name of the sentence the type the window gives it most often. */
    private static void retype(String[] cores, String[] labels, Window window, int sentence) {
        for (Span s : BioLabels.spans(List.of(labels))) {
            String type = window.typeOf(Key.of(cores, s.getStart(), s.getEnd()), sentence);
            if (type != null && !type.equals(s.getType())) label(labels, s.getStart(), s.getEnd(), type);
        }
    }

    private static boolean allOutside(String[] labels, int from, int to) {
        for (int i = from; i < to; i++) if (!labels[i].equals(BioLabels.OUTSIDE)) return false;
        return true;
    }

    private static void label(String[] labels, int from, int to, String type) {
        labels[from] = "B-" + type;
        for (int i = from + 1; i < to; i++) labels[i] = "I-" + type;
    }

    /** A name as the cores of its words. */
    private record Key(List<String> cores) {
        static Key of(String[] cores, int from, int to) { return new Key(List.of(java.util.Arrays.copyOfRange(cores, from, to))); }

        int size() { return cores.size(); }

        int letters() { return cores.stream().mapToInt(String::length).sum(); }

        boolean matches(String[] other, int at) {
            for (int i = 0; i < cores.size(); i++) if (!cores.get(i).equals(other[at + i])) return false;
            return true;
        }
    }

    /** A type a name was given in a sentence. */
    private record Sighting(int sentence, String type) {}

    /** The names of the sentences in the window, kept up to date as it slides forward. */
    private static final class Window {
        private final Map<Key, ArrayDeque<Sighting>> sightings = new HashMap<>();
        private final Map<String, Set<Key>> byFirstWord = new HashMap<>();

        void add(int sentence, Map<Key, String> names) {
            names.forEach((key, type) -> {
                sightings.computeIfAbsent(key, x -> new ArrayDeque<>()).addLast(new Sighting(sentence, type));
                byFirstWord.computeIfAbsent(key.cores().get(0), x -> new LinkedHashSet<>()).add(key);
            });
        }

        /** Removes the oldest sentence of the window, whose names are given. */
        void remove(Map<Key, String> names) {
            for (Key key : names.keySet()) {
                ArrayDeque<Sighting> s = sightings.get(key);
                s.removeFirst();
                if (!s.isEmpty()) continue;
                sightings.remove(key);
                Set<Key> same = byFirstWord.get(key.cores().get(0));
                same.remove(key);
                if (same.isEmpty()) byFirstWord.remove(key.cores().get(0));
            }
        }

        Set<Key> startingWith(String core) { return byFirstWord.getOrDefault(core, Set.of()); }

        /**
         * The type the window's sentences give a name most often; of types given equally often,
         * the one of the sighting nearest to {@code sentence} (the earlier one at equal distance).
         * Null when no sentence of the window names it.
         */
        String typeOf(Key key, int sentence) {
            ArrayDeque<Sighting> seen = sightings.get(key);
            if (seen == null) return null;
            Map<String, Integer> votes = new HashMap<>();
            Map<String, Integer> nearest = new HashMap<>();
            for (Sighting s : seen) {
                votes.merge(s.type(), 1, Integer::sum);
                nearest.merge(s.type(), distance(s.sentence(), sentence), Math::min);
            }
            String best = null;
            for (String type : votes.keySet()) {
                if (best == null) { best = type; continue; }
                int c = Integer.compare(votes.get(type), votes.get(best));
                if (c > 0 || c == 0 && nearest.get(type) < nearest.get(best)) best = type;
            }
            return best;
        }

        /** Distance in sentences, doubled, plus one for a sentence after: earlier wins a tie. */
        private static int distance(int at, int from) { return 2 * Math.abs(at - from) + (at > from ? 1 : 0); }
    }
}
