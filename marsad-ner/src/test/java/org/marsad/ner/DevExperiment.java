package org.marsad.ner;

import java.nio.file.Path;
import java.util.List;

/**
 * Development harness (not a test): trains on the head of a CoNLL file and scores the tail, for
 * each setting given as {@code name:epochs:cutoff:seed:modelFile:rounds}; {@code -Dlearner=CRF}
 * for the CRF, {@code -Dwdrop=} for the word dropout.
 */
public final class DevExperiment {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> all = Conll.read(Path.of(args[0]));
        List<ConllSentence> gold = HeldOutSplit.head(all, 0.1), tail = HeldOutSplit.tail(all, 0.1);
        List<ConllSentence> head = new java.util.ArrayList<>(gold);
        if (System.getProperty("extra") != null) head.addAll(0, Conll.read(Path.of(System.getProperty("extra"))));
        List<ConllSentence> knownFrom = Boolean.getBoolean("knownFromAll") ? head : gold;
        int toks = tail.stream().mapToInt(ConllSentence::size).sum();
        for (int a = 1; a < args.length; a++) {
            String[] p = args[a].split(":");
            long t0 = System.nanoTime();
            java.util.function.Function<List<List<String>>, List<List<String>>> tagger;
            if (p[0].equals("opennlp")) {
                var model = OpenNlpBaseline.train(head, new OpenNlpBaseline.Settings("PERCEPTRON", 100, 1, 3));
                tagger = s -> OpenNlpBaseline.tag(model, s);
            } else {
                NameTagger t = new NameTagger(PerceptronTrainer.train(head, knownFrom, new PerceptronTrainer.Settings(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Long.parseLong(p[3]), p.length > 5 ? Integer.parseInt(p[5]) : 1, Double.parseDouble(System.getProperty("wdrop", "0.2")), PerceptronTrainer.Learner.valueOf(System.getProperty("learner", "PERCEPTRON")))));
                tagger = t::tagDocument;
                if (p.length > 4 && !p[4].isEmpty()) t.save(Path.of(p[4]));
            }
            long t1 = System.nanoTime();
            NerEvaluation e = NerEvaluation.run(tagger, tail, Path.of("/tmp/pred_" + a + ".conll"));
            long t2 = System.nanoTime();
            System.out.printf("%s  %s  train %.1fs  tag %.0f tok/s%n", args[a], e.summary(), (t1 - t0) / 1e9, toks / ((t2 - t1) / 1e9));
        }
    }
}
