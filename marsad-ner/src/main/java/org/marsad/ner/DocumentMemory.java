package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * The entity type each word last had in the recent sentences of a document, so that a later
 * short mention ("Lahoud" after "Emile Lahoud") is read in the light of the full one.
 * Entries older than {@link #WINDOW} sentences are ignored: corpora without document
 * boundaries would otherwise carry types from one article into the next.
 */
final class DocumentMemory {
    static final int WINDOW = 40;

    private final Map<String, String> type = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private int sentence;

    /** The remembered type of a word's core, or null. */
    String recall(String core) {
        Integer at = seen.get(core);
        return at == null || sentence - at > WINDOW ? null : type.get(core);
    }

    /** Records the entities of the sentence just read and moves to the next sentence. */
    void remember(WordView[] views, Span[] entities) {
        for (Span s : entities) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                type.put(views[i].core, s.getType());
                seen.put(views[i].core, sentence);
            }
        }
        sentence++;
    }

    /** The token features of a sentence with the memory feature added where it applies. */
    List<String[]> withMemory(TokenFeatures tf) {
        String[][] out = new String[tf.views.length][];
        for (int i = 0; i < out.length; i++) {
            String[] f = tf.features(i);
            String m = recall(tf.views[i].core);
            if (m != null) {
                f = java.util.Arrays.copyOf(f, f.length + 1);
                f[f.length - 1] = "mem=" + m;
            }
            out[i] = f;
        }
        return List.of(out);
    }
}
