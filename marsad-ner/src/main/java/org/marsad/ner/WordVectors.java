package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Dense word vectors learned from unlabelled news (words used in the same contexts get close
 * vectors), the real-valued counterpart of {@link WordClusters}: a new club or first name lands
 * near the ones seen in training even where the classes cut between them. Keyed by the word's
 * core; components are standardised and stored as signed bytes (value = byte / {@link #STEPS}).
 * Built by {@code tools/ner/build_vectors.sh}. Immutable after loading.
 */
final class WordVectors {
    static final String RESOURCE = "word-vectors.bin";
    /** Quantisation steps per unit (standard deviation) of a stored component. */
    static final float STEPS = 32f;

    private final Map<String, Integer> rows;
    private final byte[] data;
    private final int dims;

    WordVectors(Map<String, Integer> rows, byte[] data, int dims) {
        this.rows = rows;
        this.data = data;
        this.dims = dims;
    }

    private static final class Holder {
        static final WordVectors SHARED = load();
    }

    static WordVectors shared() { return Holder.SHARED; }

    /** The row of a key (a word core, {@code <D>}, {@code <L>} or a punctuation mark), or -1. */
    int row(String key) {
        Integer r = rows.get(key);
        return r == null ? -1 : r;
    }

    int size() { return rows.size(); }

    int dims() { return dims; }

    /** Component d of row r, in standard deviations. */
    float value(int r, int d) { return data[r * dims + d] / STEPS; }

    private static WordVectors load() {
        try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
            d.readFully(new byte[d.readUnsignedShort()]); // the header text: source and settings
            int count = d.readInt(), dims = d.readInt();
            Map<String, Integer> rows = new HashMap<>(count * 2);
            byte[] data = new byte[count * dims];
            for (int r = 0; r < count; r++) {
                byte[] key = new byte[d.readUnsignedShort()];
                d.readFully(key);
                rows.put(new String(key, StandardCharsets.UTF_8), r);
                d.readFully(data, r * dims, dims);
            }
            return new WordVectors(rows, data, dims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
