package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.util.Span;

/**
 * Trains a {@link SequenceModel}: extracts the features, then learns the weights with the
 * softmax-margin CRF ({@link CrfTrainer}, the default) or the averaged structured perceptron
 * (Collins 2002): decode each sentence with the current weights, move weights towards the gold
 * sequence where the prediction differs, and keep the average of the weights over all steps.
 * Either way several learners over different sentence orders are averaged. Deterministic for a
 * given seed.
 */
public final class PerceptronTrainer {
    /** How the weights are learned. */
    public enum Learner {
        /** Softmax-margin conditional random field, AdaGrad (the default; 5 epochs). */
        CRF(5),
        /** Averaged structured perceptron (12 epochs). */
        PERCEPTRON(12);

        /** Passes over the training text each learner was measured with. */
        public final int defaultEpochs;

        Learner(int defaultEpochs) { this.defaultEpochs = defaultEpochs; }
    }

    /**
     * {@code rounds} learners, each over its own sentence order, are trained and their weights
     * averaged; {@code wordDropout} is the share of tokens whose own identity (form, core, stems) is
     * hidden at each training step (see {@link #dropWords}). The shorter constructors keep the
     * perceptron they were written for.
     */
    public record Settings(int epochs, int cutoff, long seed, int rounds, double wordDropout, Learner learner) {
        /** Measured on the held-out tail: 0.2 scores above none on three seeds; 0.3 and 0.4 no better. */
        public static final double WORD_DROPOUT = 0.2;

        public Settings(int epochs, int cutoff, long seed, int rounds, double wordDropout) {
            this(epochs, cutoff, seed, rounds, wordDropout, Learner.PERCEPTRON);
        }

        public Settings(int epochs, int cutoff, long seed, int rounds) { this(epochs, cutoff, seed, rounds, WORD_DROPOUT); }

        public Settings(int epochs, int cutoff, long seed) { this(epochs, cutoff, seed, 1); }

        /** The shipped setting: the CRF, 5 epochs, 4 rounds, seed 42. */
        public static Settings defaults() { return of(Learner.CRF, 42L); }

        /** The measured setting of a learner (its epochs, 4 rounds, word dropout 0.2) with the given seed. */
        public static Settings of(Learner learner, long seed) {
            return new Settings(learner.defaultEpochs, 1, seed, 4, WORD_DROPOUT, learner);
        }
    }

    private PerceptronTrainer() {}

    public static SequenceModel train(List<ConllSentence> sentences, Settings settings) {
        return train(sentences, sentences, settings);
    }

    /**
     * Trains on {@code sentences}; the words the model treats as known are those common in
     * {@code knownFrom} (the hand-labelled part when machine-labelled text is added).
     */
    public static SequenceModel train(List<ConllSentence> sentences, List<ConllSentence> knownFrom, Settings settings) {
        Gazetteer gazetteer = Gazetteer.shared();
        // features in corpus order, the memory filled from the gold labels of earlier sentences
        List<List<String[]>> feats = new ArrayList<>();
        List<String[]> golds = new ArrayList<>();
        List<int[]> vectorRows = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>();
        DocumentMemory memory = new DocumentMemory();
        java.util.Set<String> common = commonCores(knownFrom, gazetteer);
        for (ConllSentence s : sentences) {
            if (!s.labelled()) throw new IllegalArgumentException("training sentence without labels: " + s.tokens());
            String[] tokens = s.tokens().toArray(new String[0]);
            TokenFeatures tf = new TokenFeatures(tokens, gazetteer, common);
            Span[] spans = BioLabels.spans(s.labels());
            feats.add(memory.withMemory(tf));
            vectorRows.add(VectorWeights.rows(tf.views));
            memory.remember(tf.views, spans);
            for (Span sp : spans) types.add(sp.getType());
            golds.add(BioLabels.labels(spans, tokens.length));
        }
        List<String> labelList = new ArrayList<>();
        labelList.add(BioLabels.OUTSIDE);
        for (String t : types) { labelList.add("B-" + t); labelList.add("I-" + t); }
        String[] labels = labelList.toArray(new String[0]);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);

        Map<String, Integer> counts = new HashMap<>();
        for (List<String[]> s : feats) for (String[] f : s) for (String x : f) counts.merge(x, 1, Integer::sum);
        Map<String, Integer> index = new HashMap<>();
        for (List<String[]> s : feats) for (String[] f : s) for (String x : f) {
            if (counts.get(x) >= settings.cutoff()) index.putIfAbsent(x, index.size());
        }

        int n = labels.length;
        SequenceModel shape = new SequenceModel(labels, index, new float[0], new float[0], common);
        int[][][] ids = new int[feats.size()][][];
        int[][] gold = new int[feats.size()][];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = shape.featureIds(feats.get(k));
            gold[k] = new int[golds.get(k).length];
            for (int i = 0; i < gold[k].length; i++) gold[k][i] = labelIndex.get(golds.get(k)[i]);
        }
        int[][] rows = vectorRows.toArray(new int[0][]);
        VectorWeights vectorShape = vectorShape(n);
        float[] w = new float[index.size() * n];
        float[] t = new float[(n + 1) * n];
        float[] v = new float[vectorShape.size()];
        boolean[] lexical = new boolean[index.size()];
        index.forEach((name, id) -> lexical[id] = isLexical(name));
        for (int round = 0; round < settings.rounds(); round++) {
            Random random = new Random(settings.seed() + round);
            float[][] one = settings.learner() == Learner.CRF
                    ? CrfTrainer.train(ids, rows, gold, n, shape.allowed(), vectorShape, index.size(), CrfTrainer.Settings.defaults(),
                            settings.epochs(), random, lexical, settings.wordDropout())
                    : averagedPerceptron(ids, rows, gold, n, shape.allowed(), vectorShape, settings.epochs(),
                            random, w.length, t.length, lexical, settings.wordDropout());
            for (int i = 0; i < w.length; i++) w[i] += one[0][i] / settings.rounds();
            for (int i = 0; i < t.length; i++) t[i] += one[1][i] / settings.rounds();
            for (int i = 0; i < v.length; i++) v[i] += one[2][i] / settings.rounds();
        }
        VectorWeights vectors = new VectorWeights(vectorShape.window, vectorShape.dims, vectorShape.scale, n, v);
        return prune(labels, index, w, t, common, vectors, settings.learner() == Learner.CRF ? CRF_PRUNE : PERCEPTRON_PRUNE);
    }

    /**
     * The word-vector weights of a new model: the vectors of the token and its neighbours (window 1),
     * all components, each scaled by a quarter (measured: 0.1, 0.35, 0.5 and 1 score lower, so do
     * window 2, 32 components and weights of their own for new words).
     */
    private static VectorWeights vectorShape(int n) {
        return new VectorWeights(1, WordVectors.shared().dims(), 0.25f, n, new float[0]);
    }

    private static float[][] averagedPerceptron(int[][][] ids, int[][] rows, int[][] gold, int n, boolean[][] allowed,
            VectorWeights vectors, int epochs, Random random, int wLength, int tLength, boolean[] lexical, double dropout) {
        float[] v = new float[vectors.size()];
        double[] vSum = new double[v.length];
        float[] w = new float[wLength];
        double[] wSum = new double[w.length];
        float[] t = new float[tLength];
        double[] tSum = new double[t.length];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) order.add(k);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int k : order) {
                int[][] x = dropout > 0 ? dropWords(ids[k], lexical, random, dropout) : ids[k];
                int[] pred = SequenceModel.viterbi(x, vectors.emissions(rows[k], v), w, t, n, allowed);
                int[] g = gold[k];
                for (int i = 0; i < g.length; i++) {
                    int gp = i == 0 ? n : g[i - 1], pp = i == 0 ? n : pred[i - 1];
                    if (g[i] != pred[i]) {
                        for (int id : x[i]) {
                            update(w, wSum, id * n + g[i], 1, step);
                            update(w, wSum, id * n + pred[i], -1, step);
                        }
                        if (!vectors.isEmpty()) {
                            vectors.update(v, vSum, rows[k], i, g[i], 1, step);
                            vectors.update(v, vSum, rows[k], i, pred[i], -1, step);
                        }
                    }
                    if (g[i] != pred[i] || gp != pp) {
                        update(t, tSum, gp * n + g[i], 1, step);
                        update(t, tSum, pp * n + pred[i], -1, step);
                    }
                }
                step++;
            }
        }
        // averaged weights: w - wSum / step, the usual lazy-average identity
        for (int i = 0; i < w.length; i++) w[i] -= (float) (wSum[i] / step);
        for (int i = 0; i < t.length; i++) t[i] -= (float) (tSum[i] / step);
        for (int i = 0; i < v.length; i++) v[i] -= (float) (vSum[i] / step);
        return new float[][] {w, t, v};
    }

    /** Features naming the word itself (its form, core and stems), as opposed to its context and kind. */
    static boolean isLexical(String feature) {
        return feature.startsWith("w=") || feature.startsWith("c=") || feature.startsWith("s=");
    }

    /**
     * The feature ids of a sentence with, for a random share of its tokens, the word's own identity
     * left out (word dropout): the model must then also learn to read a name from its context,
     * affixes and word class, which is what it has for the many names it never saw in training.
     */
    static int[][] dropWords(int[][] ids, boolean[] lexical, Random random, double share) {
        int[][] out = ids.clone();
        for (int i = 0; i < ids.length; i++) {
            if (random.nextDouble() >= share) continue;
            int[] kept = new int[ids[i].length];
            int m = 0;
            for (int id : ids[i]) if (!lexical[id]) kept[m++] = id;
            out[i] = java.util.Arrays.copyOf(kept, m);
        }
        return out;
    }

    /** Cores of Arabic words seen at least twice: the words the model may treat as known. */
    static java.util.Set<String> commonCores(List<ConllSentence> sentences, Gazetteer gazetteer) {
        Map<String, Integer> counts = new HashMap<>();
        for (ConllSentence s : sentences) {
            for (String t : s.tokens()) {
                WordView v = new WordView(t, gazetteer);
                if (v.shape == 'A') counts.merge(v.core, 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        counts.forEach((k, c) -> { if (c >= 2) out.add(k); });
        return out;
    }

    private static void update(float[] w, double[] sum, int at, int delta, int step) {
        w[at] += delta;
        sum[at] += (double) delta * step;
    }

    /** The perceptron leaves most weights at exactly zero: drop those all but zero. */
    static final float PERCEPTRON_PRUNE = 1e-3f;
    /**
     * The CRF moves the weights of every feature it sees: drop features whose weights all stay
     * under 0.1 (measured: the held-out score does not change; the model shrinks from 7.6 to 2.5 MB).
     */
    static final float CRF_PRUNE = 0.1f;

    /** Drops features whose weights for every label are under {@code threshold}, to keep the model small. */
    private static SequenceModel prune(String[] labels, Map<String, Integer> index, float[] w, float[] t, java.util.Set<String> common,
            VectorWeights vectors, float threshold) {
        int n = labels.length;
        Map<String, Integer> kept = new HashMap<>();
        float[] out = new float[w.length];
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int base = e.getValue() * n;
            float max = 0;
            for (int c = 0; c < n; c++) max = Math.max(max, Math.abs(w[base + c]));
            if (max < threshold) continue;
            int id = kept.size();
            kept.put(e.getKey(), id);
            System.arraycopy(w, base, out, id * n, n);
        }
        return new SequenceModel(labels, kept, java.util.Arrays.copyOf(out, kept.size() * n), t, common, vectors);
    }
}
