package org.marsad.ner;

import java.nio.file.Path;
import java.util.List;

/** Development harness (not a test): trains on the head of a CoNLL file and scores the tail. */
public final class DevExperiment {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> all = Conll.read(Path.of(args[0]));
        List<ConllSentence> head = HeldOutSplit.head(all, 0.1), tail = HeldOutSplit.tail(all, 0.1);
        long t0 = System.nanoTime();
        java.util.function.Function<List<List<String>>, List<List<String>>> tagger;
        if (args[1].equals("opennlp")) {
            var model = OpenNlpBaseline.train(head, new OpenNlpBaseline.Settings("PERCEPTRON", 100, 1, 3));
            tagger = s -> OpenNlpBaseline.tag(model, s);
        } else {
            NameTagger t = new NameTagger(PerceptronTrainer.train(head, new PerceptronTrainer.Settings(Integer.parseInt(args[2]), Integer.parseInt(args[3]), 42)));
            tagger = t::tagDocument;
            if (args.length > 5) t.save(Path.of(args[5]));
            System.out.println("features " + t.model().featureCount());
        }
        long t1 = System.nanoTime();
        NerEvaluation e = NerEvaluation.run(tagger, tail, args.length > 4 ? Path.of(args[4]) : null);
        long t2 = System.nanoTime();
        int toks = tail.stream().mapToInt(ConllSentence::size).sum();
        System.out.printf("%s  train %.1fs  tag %d tokens %.0f tok/s%n", e.summary(), (t1 - t0) / 1e9, toks, toks / ((t2 - t1) / 1e9));
    }
}
