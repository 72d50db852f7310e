package org.marsad.ner;

/**
 * The real-valued part of the tagger: weights from the word vectors ({@link WordVectors}) of the
 * token and its neighbours within {@code window} to each label. A token's score for a label is
 * the sum over positions and components of value × scale × weight. Layout of {@code weights}:
 * position (−window … +window), component, label. Immutable once built (the trainer moves
 * weight arrays of its own and passes them in), so one instance serves all threads.
 */
final class VectorWeights {
    final int window;
    final int dims;
    final float scale;
    final int labels;
    final float[] weights;
    /** Per vector row, position and label: the row's score, computed on first use for fast tagging. */
    private volatile float[] projected;

    VectorWeights(int window, int dims, float scale, int labels, float[] weights) {
        this.window = window;
        this.dims = dims;
        this.scale = scale;
        this.labels = labels;
        this.weights = weights;
    }

    static VectorWeights none(int labels) { return new VectorWeights(0, 0, 0f, labels, new float[0]); }

    boolean isEmpty() { return dims == 0; }

    int size() { return (2 * window + 1) * dims * labels; }

    /** The vector rows of the tokens of a sentence. */
    static int[] rows(WordView[] views) {
        int[] out = new int[views.length];
        for (int i = 0; i < out.length; i++) out[i] = views[i].vector;
        return out;
    }

    /** Scores of each token for each label with the given weights (length × labels), or null when unused. */
    float[][] emissions(int[] rows, float[] w) {
        if (isEmpty()) return null;
        WordVectors v = WordVectors.shared();
        int n = labels, span = 2 * window + 1;
        float[][] out = new float[rows.length][n];
        for (int i = 0; i < rows.length; i++) {
            float[] e = out[i];
            for (int o = 0; o < span; o++) {
                int j = i + o - window;
                if (j < 0 || j >= rows.length || rows[j] < 0) continue;
                int r = rows[j];
                for (int d = 0; d < dims; d++) {
                    float x = v.value(r, d) * scale;
                    int base = (o * dims + d) * n;
                    for (int c = 0; c < n; c++) e[c] += x * w[base + c];
                }
            }
        }
        return out;
    }

    /** The same scores with the final weights, from a table computed once per vector row. */
    float[][] emissions(int[] rows) {
        if (isEmpty()) return null;
        float[] p = projected();
        int n = labels, span = 2 * window + 1;
        float[][] out = new float[rows.length][n];
        for (int i = 0; i < rows.length; i++) {
            float[] e = out[i];
            for (int o = 0; o < span; o++) {
                int j = i + o - window;
                if (j < 0 || j >= rows.length || rows[j] < 0) continue;
                int base = (rows[j] * span + o) * n;
                for (int c = 0; c < n; c++) e[c] += p[base + c];
            }
        }
        return out;
    }

    private float[] projected() {
        float[] ready = projected;
        return ready != null ? ready : project();
    }

    private synchronized float[] project() {
        if (projected != null) return projected;
        WordVectors v = WordVectors.shared();
        int n = labels, span = 2 * window + 1;
        float[] p = new float[v.size() * span * n];
        for (int r = 0; r < v.size(); r++) {
            for (int o = 0; o < span; o++) {
                int out = (r * span + o) * n;
                for (int d = 0; d < dims; d++) {
                    float x = v.value(r, d) * scale;
                    int base = (o * dims + d) * n;
                    for (int c = 0; c < n; c++) p[out + c] += x * weights[base + c];
                }
            }
        }
        projected = p;
        return p;
    }

    /** Moves the weights of token i's vectors by delta × value towards label c (training). */
    void update(float[] w, double[] sum, int[] rows, int i, int c, int delta, int step) {
        forEachValue(rows, i, c, (at, x) -> {
            float moved = x * delta;
            w[at] += moved;
            sum[at] += (double) moved * step;
        });
    }

    /** Adds delta × value of token i's vectors to {@code acc} at label c (a gradient or an update to come). */
    void accumulate(double[] acc, int[] rows, int i, int c, double delta) {
        forEachValue(rows, i, c, (at, x) -> acc[at] += x * delta);
    }

    /** Receives the index of a weight at label c and the scaled vector value it multiplies. */
    private interface WeightVisitor {
        void visit(int at, float value);
    }

    /** Visits each weight of token i's window of vectors at label c, with its scaled value (training only). */
    private void forEachValue(int[] rows, int i, int c, WeightVisitor visitor) {
        WordVectors v = WordVectors.shared();
        int n = labels, span = 2 * window + 1;
        for (int o = 0; o < span; o++) {
            int j = i + o - window;
            if (j < 0 || j >= rows.length || rows[j] < 0) continue;
            int r = rows[j];
            for (int d = 0; d < dims; d++) visitor.visit((o * dims + d) * n + c, v.value(r, d) * scale);
        }
    }
}
