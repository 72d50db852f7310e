package org.marsad.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * {@link TokenFeatures} as an OpenNLP feature generator, plus a document memory (the entity
 * type a word last had), for the OpenNLP name finder baseline. One instance serves one thread.
 */
public final class ArabicNameFeatures implements AdaptiveFeatureGenerator {
    private final Gazetteer gazetteer;
    private final Map<String, String> memory = new HashMap<>();
    private String[] cachedTokens;
    private TokenFeatures sentence;
    private String[][] cached;

    public ArabicNameFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            sentence = new TokenFeatures(tokens, gazetteer, java.util.Set.of());
            cached = new String[tokens.length][];
        }
        if (cached[index] == null) cached[index] = sentence.features(index);
        features.addAll(Arrays.asList(cached[index]));
        String seen = memory.get(sentence.views[index].core);
        if (seen != null) features.add("mem=" + seen);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            String o = outcomes[i];
            int dash = o.lastIndexOf('-');
            if (dash > 0) memory.put(new WordView(tokens[i], gazetteer).core, o.substring(0, dash));
        }
    }

    @Override
    public void clearAdaptiveData() { memory.clear(); }
}
