package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.Conll;
import org.marsad.ner.ConllSentence;
import org.marsad.ner.HeldOutSplit;
import org.marsad.ner.NameTagger;
import org.marsad.ner.NerEvaluation;
import org.marsad.ner.PerceptronTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the name recogniser on the head of a CoNLL file and scores it on the held-out tail. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the name recogniser (softmax-margin CRF or averaged structured perceptron) on a BIO-labelled CoNLL file.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, description = "Training data: token and BIO label a line, blank line between sentences.")
    Path train;

    @Option(names = "--heldout-fraction", defaultValue = "0.1",
            description = "Share of sentences at the end of the file held out for scoring, never trained on (default: ${DEFAULT-VALUE}).")
    double heldoutFraction;

    @Option(names = "--model", required = true, description = "Where to write the model.")
    Path model;

    @Option(names = "--trainer", defaultValue = "crf",
            description = "How the weights are learned: crf or perceptron (default: ${DEFAULT-VALUE}).")
    String trainer;

    @Option(names = "--epochs", description = "Training passes (default: 5 for crf, 12 for perceptron).")
    Integer epochs;

    @Option(names = "--rounds", defaultValue = "4",
            description = "Learners trained over different sentence orders and averaged (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the sentence order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<ConllSentence> all = Conll.read(train);
        List<ConllSentence> head = HeldOutSplit.head(all, heldoutFraction), tail = HeldOutSplit.tail(all, heldoutFraction);
        long t0 = System.nanoTime();
        PerceptronTrainer.Learner learner = PerceptronTrainer.Learner.valueOf(trainer.toUpperCase(java.util.Locale.ROOT));
        PerceptronTrainer.Settings settings = new PerceptronTrainer.Settings(epochs != null ? epochs : learner.defaultEpochs, 1, seed,
                rounds, PerceptronTrainer.Settings.WORD_DROPOUT, learner);
        NameTagger tagger = new NameTagger(PerceptronTrainer.train(head, settings));
        tagger.save(model);
        System.err.printf("trained on %d sentences in %.1f s, %d features, written to %s%n",
                head.size(), (System.nanoTime() - t0) / 1e9, tagger.model().featureCount(), model);
        if (!tail.isEmpty()) {
            NerEvaluation e = NerEvaluation.run(tagger::tagDocument, tail, null);
            System.out.printf("held-out %d sentences: %s%n", tail.size(), e.summary());
        }
        return 0;
    }
}
