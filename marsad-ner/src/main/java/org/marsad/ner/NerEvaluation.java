package org.marsad.ner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/** Entity-level scores (exact span and type), the same counting as the shared CoNLL scorer. */
public final class NerEvaluation {
    private final Map<String, int[]> counts = new TreeMap<>();

    public void add(List<String> gold, List<String> predicted) {
        List<Span> g = List.of(BioLabels.spans(gold));
        List<Span> p = List.of(BioLabels.spans(predicted));
        for (Span s : p) counts.computeIfAbsent(s.getType(), k -> new int[3])[g.contains(s) ? 0 : 1]++;
        for (Span s : g) if (!p.contains(s)) counts.computeIfAbsent(s.getType(), k -> new int[3])[2]++;
    }

    public double f1() {
        int[] t = new int[3];
        for (int[] c : counts.values()) for (int k = 0; k < 3; k++) t[k] += c[k];
        return f1(t);
    }

    public double f1(String type) { return f1(counts.getOrDefault(type, new int[3])); }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder(String.format("micro F1 %.4f", f1()));
        for (String t : counts.keySet()) sb.append(String.format("  %s %.4f", t, f1(t)));
        return sb.toString();
    }

    /** Tags the sentences (as one document) and scores them against their labels; writes the predictions when {@code out} is given. */
    public static NerEvaluation run(java.util.function.Function<List<List<String>>, List<List<String>>> tagger, List<ConllSentence> sentences, Path out) throws IOException {
        NerEvaluation e = new NerEvaluation();
        List<ConllSentence> predicted = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (ConllSentence s : sentences) tokens.add(s.tokens());
        List<List<String>> tagged = tagger.apply(tokens);
        for (int i = 0; i < sentences.size(); i++) {
            ConllSentence s = sentences.get(i);
            List<String> labels = tagged.get(i);
            e.add(s.labels(), labels);
            predicted.add(new ConllSentence(s.tokens(), labels));
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                Conll.write(w, predicted);
            }
        }
        return e;
    }
}
