package org.marsad.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The OpenNLP name finder over the same features ({@link ArabicNameFeatures}), kept to compare
 * against the structured perceptron that ships (see docs/ner.md).
 */
public final class OpenNlpBaseline {
    /** The feature descriptor stored in the model; it names the feature factory class. */
    static final String DESCRIPTOR = """
            <featureGenerators name="arabicNames">
              <generator class="org.marsad.ner.ArabicNameFeaturesFactory"/>
            </featureGenerators>
            """;

    public record Settings(String algorithm, int iterations, int cutoff, int beamSize) {
        public static Settings defaults() { return new Settings("PERCEPTRON", 100, 1, 3); }

        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beamSize);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            return p;
        }
    }

    private OpenNlpBaseline() {}

    public static TokenNameFinderModel train(List<ConllSentence> sentences, Settings settings) {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            if (!s.labelled()) throw new IllegalArgumentException("training sentence without labels: " + s.tokens());
            samples.add(new NameSample(s.tokens().toArray(new String[0]), BioLabels.spans(s.labels()), false));
        }
        try {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(
                    DESCRIPTOR.getBytes(StandardCharsets.UTF_8), new HashMap<>(), new BioCodec());
            return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), settings.parameters(), factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tags each sentence with the name finder, sentences of the list read as one document. */
    public static List<List<String>> tag(TokenNameFinderModel model, List<List<String>> sentences) {
        NameFinderME finder = new NameFinderME(model);
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : sentences) {
            String[] t = s.toArray(new String[0]);
            out.add(java.util.Arrays.asList(BioLabels.labels(finder.find(t), t.length)));
        }
        return out;
    }
}
