package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Tags token sequences with BIO labels over PER, LOC, ORG and MISC. Holds only the immutable
 * model, so one tagger serves all threads.
 */
public final class NameTagger {
    /** The model shipped with the module. */
    public static final String MODEL_RESOURCE = "ner-ar.bin";

    private final SequenceModel model;
    private final Gazetteer gazetteer = Gazetteer.shared();

    public NameTagger(SequenceModel model) {
        this.model = model;
    }

    private static final class Holder {
        static final NameTagger SHARED = loadShipped();
    }

    /** The tagger over the shipped model, loaded once on first use. */
    public static NameTagger shipped() { return Holder.SHARED; }

    private static NameTagger loadShipped() {
        try (InputStream in = NameTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing model resource " + MODEL_RESOURCE);
            return new NameTagger(SequenceModel.load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NameTagger load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new NameTagger(SequenceModel.load(in));
        }
    }

    public void save(Path modelFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(modelFile)) {
            model.save(out);
        }
    }

    public SequenceModel model() { return model; }

    /**
     * Labels for the sentences of one document, in order. Names found in earlier sentences
     * inform later ones (a surname alone after the full name), and each name then takes one type
     * across the sentences around it ({@link DocumentConsistency}), so pass whole documents.
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        DocumentMemory memory = new DocumentMemory();
        List<String[]> labels = new ArrayList<>(sentences.size());
        List<String[]> cores = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            TokenFeatures tf = features(s);
            labels.add(tag(tf, memory));
            String[] c = new String[tf.views.length];
            for (int i = 0; i < c.length; i++) c[i] = tf.views[i].core;
            cores.add(c);
        }
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (String[] l : DocumentConsistency.apply(cores, labels)) out.add(Arrays.asList(l));
        return out;
    }

    /** One BIO label per token of a sentence read on its own. */
    public List<String> tag(List<String> tokens) {
        return Arrays.asList(tag(features(tokens), new DocumentMemory()));
    }

    private TokenFeatures features(List<String> tokens) {
        return new TokenFeatures(tokens.toArray(new String[0]), gazetteer, model.common);
    }

    private String[] tag(TokenFeatures tf, DocumentMemory memory) {
        if (tf.views.length == 0) return new String[0];
        int[] best = model.decode(model.featureIds(memory.withMemory(tf)), VectorWeights.rows(tf.views));
        String[] labels = new String[best.length];
        for (int i = 0; i < best.length; i++) labels[i] = model.labels[best[i]];
        // what the model reads poorly and the language says plainly (docs/ner.md), mended before
        // the memory passes the names on
        ConjoinedNames.split(tf.views, labels);
        MasculineAdjectives.shared().relabel(tf.views, labels);
        QuotedTitles.shared().label(tf, labels);
        memory.remember(tf.views, BioLabels.spans(Arrays.asList(labels)));
        return labels;
    }

    /** Entity spans over the tokens of one sentence, typed PER/LOC/ORG/MISC. */
    public Span[] find(List<String> tokens) { return BioLabels.spans(tag(tokens)); }
}
