package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger: a weight per (feature, label) and per (previous label, label), decoded
 * with Viterbi under BIO constraints (I-X only after B-X or I-X). Immutable once built, so
 * one instance serves all threads.
 */
public final class SequenceModel {
    private static final String MAGIC = "marsad-ner-perceptron-3";
    /** The format before the word-vector weights; still read. */
    private static final String MAGIC_2 = "marsad-ner-perceptron-2";

    final String[] labels;
    final Map<String, Integer> features;
    /** features.size() rows of labels.length weights. */
    final float[] weights;
    /** (labels.length + 1) rows (the last is the sentence start) of labels.length weights. */
    final float[] transitions;
    /** Word cores common in the training text (see {@link TokenFeatures}). */
    final java.util.Set<String> common;
    /** Weights of the word vectors of the token and its neighbours (none in older models). */
    final VectorWeights vectors;
    private final boolean[][] allowed;
    /** The same feature ids as {@link #features}, in a table fast to look up. */
    private final FeatureIndex index;

    SequenceModel(String[] labels, Map<String, Integer> features, float[] weights, float[] transitions, java.util.Set<String> common) {
        this(labels, features, weights, transitions, common, VectorWeights.none(labels.length));
    }

    SequenceModel(String[] labels, Map<String, Integer> features, float[] weights, float[] transitions, java.util.Set<String> common,
            VectorWeights vectors) {
        this.vectors = vectors;
        this.common = java.util.Set.copyOf(common);
        this.labels = labels;
        this.features = features;
        this.index = new FeatureIndex(features);
        this.weights = weights;
        this.transitions = transitions;
        int n = labels.length;
        allowed = new boolean[n + 1][n];
        for (int p = 0; p <= n; p++) {
            for (int c = 0; c < n; c++) {
                String cur = labels[c];
                allowed[p][c] = !cur.startsWith("I-") || (p < n && labels[p].length() > 2 && labels[p].substring(2).equals(cur.substring(2)));
            }
        }
    }

    public List<String> labels() { return List.of(labels); }

    public int featureCount() { return features.size(); }

    /** Feature ids of each token; features the model does not know are dropped. */
    int[][] featureIds(List<String[]> tokenFeatures) {
        int[][] out = new int[tokenFeatures.size()][];
        for (int i = 0; i < out.length; i++) {
            String[] f = tokenFeatures.get(i);
            int[] ids = new int[f.length];
            int k = 0;
            for (String s : f) {
                int id = index.get(s);
                if (id >= 0) ids[k++] = id;
            }
            out[i] = java.util.Arrays.copyOf(ids, k);
        }
        return out;
    }

    /**
     * The best label index sequence for the tokens, with the given weights; {@code start}, when not
     * null, holds scores per token and label to start from (the word-vector part).
     */
    static int[] viterbi(int[][] ids, float[][] start, float[] w, float[] t, int n, boolean[][] allowed) {
        int len = ids.length;
        if (len == 0) return new int[0];
        float[][] score = new float[len][n];
        int[][] back = new int[len][n];
        float[] emit = new float[n];
        for (int i = 0; i < len; i++) {
            if (start != null) System.arraycopy(start[i], 0, emit, 0, n);
            else java.util.Arrays.fill(emit, 0f);
            for (int id : ids[i]) {
                int base = id * n;
                for (int c = 0; c < n; c++) emit[c] += w[base + c];
            }
            for (int c = 0; c < n; c++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = -1;
                if (i == 0) {
                    if (allowed[n][c]) { best = t[n * n + c]; arg = n; }
                } else {
                    for (int p = 0; p < n; p++) {
                        if (!allowed[p][c] || score[i - 1][p] == Float.NEGATIVE_INFINITY) continue;
                        float s = score[i - 1][p] + t[p * n + c];
                        if (s > best) { best = s; arg = p; }
                    }
                }
                score[i][c] = arg < 0 ? Float.NEGATIVE_INFINITY : best + emit[c];
                back[i][c] = arg;
            }
        }
        int[] out = new int[len];
        int bestLast = 0;
        for (int c = 1; c < n; c++) if (score[len - 1][c] > score[len - 1][bestLast]) bestLast = c;
        out[len - 1] = bestLast;
        for (int i = len - 1; i > 0; i--) out[i - 1] = back[i][out[i]];
        return out;
    }

    /** The best label index sequence for a sentence: feature ids and word-vector rows of its tokens. */
    int[] decode(int[][] ids, int[] vectorRows) {
        return viterbi(ids, vectors.emissions(vectorRows), weights, transitions, labels.length, allowed);
    }

    boolean[][] allowed() { return allowed; }

    public void save(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
        int n = labels.length;
        d.writeUTF(MAGIC);
        d.writeInt(n);
        for (String l : labels) d.writeUTF(l);
        for (float x : transitions) d.writeFloat(x);
        String[] words = common.toArray(new String[0]);
        java.util.Arrays.sort(words);
        d.writeInt(words.length);
        for (String x : words) d.writeUTF(x);
        String[] byId = new String[features.size()];
        features.forEach((k, v) -> byId[v] = k);
        d.writeInt(byId.length);
        for (int f = 0; f < byId.length; f++) {
            d.writeUTF(byId[f]);
            for (int c = 0; c < n; c++) d.writeFloat(weights[f * n + c]);
        }
        d.writeInt(vectors.window);
        d.writeInt(vectors.dims);
        d.writeFloat(vectors.scale);
        for (float x : vectors.weights) d.writeFloat(x);
        d.flush();
        d.close();
    }

    public static SequenceModel load(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        String magic = d.readUTF();
        if (!magic.equals(MAGIC) && !magic.equals(MAGIC_2)) throw new IOException("not a Marsad NER model");
        int n = d.readInt();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) labels[i] = d.readUTF();
        float[] t = new float[(n + 1) * n];
        for (int i = 0; i < t.length; i++) t[i] = d.readFloat();
        int wordCount = d.readInt();
        java.util.Set<String> common = new java.util.HashSet<>(wordCount * 2);
        for (int i = 0; i < wordCount; i++) common.add(d.readUTF());
        int count = d.readInt();
        Map<String, Integer> features = new HashMap<>(count * 2);
        float[] w = new float[count * n];
        for (int f = 0; f < count; f++) {
            features.put(d.readUTF(), f);
            for (int c = 0; c < n; c++) w[f * n + c] = d.readFloat();
        }
        VectorWeights vectors = VectorWeights.none(n);
        if (magic.equals(MAGIC)) {
            int window = d.readInt(), dims = d.readInt();
            float scale = d.readFloat();
            float[] v = new float[(2 * window + 1) * dims * n];
            for (int i = 0; i < v.length; i++) v[i] = d.readFloat();
            vectors = new VectorWeights(window, dims, scale, n, v);
        }
        return new SequenceModel(labels, features, w, t, common, vectors);
    }
}
