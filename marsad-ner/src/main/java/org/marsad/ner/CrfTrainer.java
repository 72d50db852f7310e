package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the weights of the same linear-chain model as the perceptron (so tagging is unchanged)
 * as a conditional random field with a softmax margin (Gimpel and Smith 2010): the conditional
 * log-likelihood of the gold label sequence, where every other sequence's score is raised by its
 * cost (a wrong label costs one, a name token labelled outside costs {@link Settings#missCost}),
 * with an L2 penalty, minimised by AdaGrad one sentence at a time in a seeded order. Marginals
 * come from forward-backward under the BIO constraints; binary features, transitions and
 * word-vector weights all follow the same gradient. Deterministic for a given seed.
 */
final class CrfTrainer {
    /**
     * AdaGrad learning rate, L2 strength over the whole corpus (1/σ²), cost of a wrong label and
     * cost of leaving a name token outside. The defaults were measured on the held-out tail
     * (docs/ner.md): no cost, or a miss costing one, scores lower.
     */
    record Settings(double rate, double l2, double cost, double missCost) {
        static Settings defaults() { return new Settings(0.1, 0.3, 1, 2); }
    }

    private final int n;
    private final boolean[][] allowed;
    private final VectorWeights vectors;
    private final Settings settings;
    /** The L2 strength of one step: the corpus strength spread over its sentences. */
    private final double l2PerStep;
    private final float[] w, t, v;
    /** Sums of squared gradients per weight (AdaGrad). */
    private final double[] sw, st, sv;
    /** Per feature: the step its L2 shrinkage is applied up to, 0 when never seen. */
    private final int[] last;
    /** Per feature: its place in the current sentence's gradient. */
    private final int[] slot;
    private int step;

    private CrfTrainer(int n, boolean[][] allowed, VectorWeights vectors, int features, Settings settings, int sentences) {
        this.n = n;
        this.allowed = allowed;
        this.vectors = vectors;
        this.settings = settings;
        this.l2PerStep = settings.l2() / Math.max(1, sentences);
        w = new float[features * n];
        t = new float[(n + 1) * n];
        v = new float[vectors.size()];
        sw = new double[w.length];
        st = new double[t.length];
        sv = new double[v.length];
        last = new int[features];
        slot = new int[features];
    }

    /**
     * The weights {features × labels, transitions, word-vector weights} after {@code epochs} passes
     * over the sentences (feature ids, vector rows and gold label ids of each), with word dropout
     * as in the perceptron.
     */
    static float[][] train(int[][][] ids, int[][] rows, int[][] gold, int n, boolean[][] allowed, VectorWeights vectors,
            int features, Settings settings, int epochs, Random random, boolean[] lexical, double dropout) {
        CrfTrainer crf = new CrfTrainer(n, allowed, vectors, features, settings, ids.length);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) order.add(k);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int k : order) {
                int[][] x = dropout > 0 ? PerceptronTrainer.dropWords(ids[k], lexical, random, dropout) : ids[k];
                crf.learn(x, rows[k], gold[k]);
            }
        }
        crf.catchUp();
        return new float[][] {crf.w, crf.t, crf.v};
    }

    /** One AdaGrad step on the cost-augmented negative log-likelihood of one sentence. */
    private void learn(int[][] x, int[] rows, int[] g) {
        int len = g.length;
        if (len == 0) return;
        step++;
        // the features of this sentence: first the L2 shrinkage they missed while unseen
        List<Integer> touched = new ArrayList<>();
        for (int[] f : x) for (int id : f) {
            if (last[id] == step) continue;
            shrink(id);
            last[id] = step;
            slot[id] = touched.size();
            touched.add(id);
        }
        double[][] node = new double[len][n];
        double[] edge = new double[t.length];
        marginals(x, rows, g, node, edge);
        // gradient: expected counts under the model less the gold counts
        double[] grad = new double[touched.size() * n];
        double[] gradV = new double[v.length];
        for (int i = 0; i < len; i++) {
            double[] m = node[i];
            m[g[i]] -= 1;
            for (int id : x[i]) {
                int base = slot[id] * n;
                for (int c = 0; c < n; c++) grad[base + c] += m[c];
            }
            if (!vectors.isEmpty()) for (int c = 0; c < n; c++) if (m[c] != 0) vectors.accumulate(gradV, rows, i, c, m[c]);
            edge[(i == 0 ? n : g[i - 1]) * n + g[i]] -= 1;
        }
        for (int id : touched) {
            int base = slot[id] * n;
            for (int c = 0; c < n; c++) adagrad(w, sw, id * n + c, grad[base + c]);
        }
        // transitions and vector weights are few and dense: shrink and move them at every step
        for (int i = 0; i < t.length; i++) {
            t[i] *= (float) (1 / (1 + rate(st[i]) * l2PerStep));
            adagrad(t, st, i, edge[i]);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] *= (float) (1 / (1 + rate(sv[i]) * l2PerStep));
            adagrad(v, sv, i, gradV[i]);
        }
    }

    /** A weight's AdaGrad step size so far (zero before its first gradient). */
    private double rate(double sumSquares) {
        return sumSquares == 0 ? 0 : settings.rate() / Math.sqrt(sumSquares);
    }

    private void adagrad(float[] p, double[] sumSquares, int at, double g) {
        if (g == 0) return;
        sumSquares[at] += g * g;
        p[at] -= (float) (settings.rate() * g / Math.sqrt(sumSquares[at]));
    }

    /**
     * The L2 shrinkage feature {@code id}'s weights missed since it was last seen, applied at once
     * (lazy regularisation: each sentence touches a few hundred of the corpus's features).
     */
    private void shrink(int id) {
        int gap = step - last[id];
        if (last[id] == 0 || gap <= 0) return;
        for (int c = 0; c < n; c++) {
            int at = id * n + c;
            double r = rate(sw[at]);
            if (r > 0) w[at] *= (float) Math.pow(1 / (1 + r * l2PerStep), gap);
        }
    }

    /** Applies the shrinkage every seen feature is due, so that the weights can be read. */
    private void catchUp() {
        for (int id = 0; id < last.length; id++) if (last[id] > 0) { shrink(id); last[id] = step; }
    }

    /**
     * Cost-augmented marginals: per token and label, and summed over the sentence per (previous
     * label or start, label), by forward-backward scaled at each token.
     */
    private void marginals(int[][] x, int[] rows, int[] g, double[][] node, double[] edge) {
        int len = x.length;
        float[][] fromVectors = vectors.emissions(rows, v);
        double[][] phi = new double[len][n];
        for (int i = 0; i < len; i++) {
            double[] e = phi[i];
            for (int c = 0; c < n; c++) {
                e[c] = fromVectors == null ? 0 : fromVectors[i][c];
                if (c != g[i]) e[c] += g[i] != 0 && c == 0 ? settings.missCost() : settings.cost();
            }
            for (int id : x[i]) {
                int base = id * n;
                for (int c = 0; c < n; c++) e[c] += w[base + c];
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) max = Math.max(max, e[c]);
            for (int c = 0; c < n; c++) e[c] = Math.exp(e[c] - max);
        }
        double[] m = new double[t.length];
        for (int p = 0; p <= n; p++) for (int c = 0; c < n; c++) m[p * n + c] = allowed[p][c] ? Math.exp(t[p * n + c]) : 0;
        double[][] alpha = new double[len][n];
        double[] z = new double[len];
        for (int c = 0; c < n; c++) alpha[0][c] = m[n * n + c] * phi[0][c];
        z[0] = normalise(alpha[0]);
        for (int i = 1; i < len; i++) {
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int p = 0; p < n; p++) s += alpha[i - 1][p] * m[p * n + c];
                alpha[i][c] = s * phi[i][c];
            }
            z[i] = normalise(alpha[i]);
        }
        double[][] beta = new double[len][n];
        Arrays.fill(beta[len - 1], 1);
        for (int i = len - 2; i >= 0; i--) {
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int c = 0; c < n; c++) s += m[p * n + c] * phi[i + 1][c] * beta[i + 1][c];
                beta[i][p] = s / z[i + 1];
            }
        }
        for (int i = 0; i < len; i++) for (int c = 0; c < n; c++) node[i][c] = alpha[i][c] * beta[i][c];
        for (int c = 0; c < n; c++) edge[n * n + c] += node[0][c];
        for (int i = 1; i < len; i++) {
            for (int p = 0; p < n; p++) {
                double a = alpha[i - 1][p] / z[i];
                if (a == 0) continue;
                for (int c = 0; c < n; c++) edge[p * n + c] += a * m[p * n + c] * phi[i][c] * beta[i][c];
            }
        }
    }

    private static double normalise(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        for (int i = 0; i < a.length; i++) a[i] /= s;
        return s;
    }
}
