package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * BIO labels and entity spans. Types are given as PER, LOC, ORG and MISC; the corpus label
 * PERS is read as PER. A stray I- label with no entity open starts one, as CoNLL scorers do.
 */
public final class BioLabels {
    public static final String OUTSIDE = "O";

    private BioLabels() {}

    public static String type(String label) {
        String t = label.substring(2);
        return t.equals("PERS") ? "PER" : t;
    }

    public static Span[] spans(List<String> labels) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : OUTSIDE;
            boolean inside = label.length() > 2 && label.charAt(1) == '-';
            String t = inside ? type(label) : null;
            boolean begins = inside && (label.charAt(0) == 'B' || !t.equals(type) || start < 0);
            if (start >= 0 && (!inside || begins)) {
                out.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out.toArray(new Span[0]);
    }

    public static String[] labels(Span[] spans, int length) {
        String[] out = new String[length];
        Arrays.fill(out, OUTSIDE);
        for (Span s : spans) {
            out[s.getStart()] = "B-" + s.getType();
            for (int i = s.getStart() + 1; i < s.getEnd(); i++) out[i] = "I-" + s.getType();
        }
        return out;
    }
}
