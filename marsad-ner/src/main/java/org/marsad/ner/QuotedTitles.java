package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.Tsv;

/**
 * A short quotation right after a noun of works or of media is a name as a whole: "برنامج «الناس
 * وأنا»" is a programme (MISC), "صحيفة "لوفيغارو"" a newspaper (ORG). The training text labels
 * most such quotations so (32 of 43) but not all, and the words inside are often common words the
 * model reads as no name, so the tagger's labels inside such a quotation are replaced. The nouns
 * are in {@code title-cues.tsv}; a quotation is what {@link TokenFeatures} reads as one (closed
 * within eight tokens).
 */
final class QuotedTitles {
    static final String RESOURCE = "title-cues.tsv";

    private final Map<String, String> typeByCue;

    QuotedTitles(Map<String, String> typeByCue) { this.typeByCue = Map.copyOf(typeByCue); }

    private static final class Holder {
        static final QuotedTitles SHARED = load();
    }

    static QuotedTitles shared() { return Holder.SHARED; }

    /** Labels each quotation after a cue with the cue's type; {@code labels} is changed in place. */
    void label(TokenFeatures tf, String[] labels) {
        WordView[] views = tf.views;
        for (int i = 1; i < views.length; i++) {
            int open = tf.quoteOpening(i);
            if (open < 1 || i != open + 1) continue; // first token of a quotation with a word before it
            String type = typeOf(views[open - 1]);
            if (type == null && open >= 2 && views[open - 1].shape == 'A') type = typeOf(views[open - 2]); // "برنامج جديد «…»"
            if (type == null) continue;
            int end = tf.quotationEnd(open);
            labels[i] = "B-" + type;
            for (int k = i + 1; k < end; k++) labels[k] = "I-" + type;
            // the closing mark is no part of the name, nor is what follows it
            if (end < labels.length && !labels[end].equals(BioLabels.OUTSIDE)) {
                labels[end] = BioLabels.OUTSIDE;
                if (end + 1 < labels.length && labels[end + 1].startsWith("I-")) labels[end + 1] = "B-" + labels[end + 1].substring(2);
            }
        }
    }

    /** The type a quotation after this word takes, or null: its core, else one of its stems, is a cue. */
    private String typeOf(WordView word) {
        String type = typeByCue.get(word.core);
        for (int s = 0; type == null && s < word.stems.size(); s++) type = typeByCue.get(word.stems.get(s));
        return type;
    }

    private static QuotedTitles load() {
        Map<String, String> map = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(QuotedTitles.class, RESOURCE)) {
            if (row.cols().length != 2 || !List.of("MISC", "ORG").contains(row.col(0))) {
                throw new IllegalStateException("bad line " + row.line() + " in " + RESOURCE);
            }
            map.put(row.col(1), row.col(0));
        }
        return new QuotedTitles(map);
    }
}
