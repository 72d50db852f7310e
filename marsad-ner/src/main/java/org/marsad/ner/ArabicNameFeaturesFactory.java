package org.marsad.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets a name finder model's feature descriptor name {@link ArabicNameFeatures}. */
public final class ArabicNameFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new ArabicNameFeatures(Gazetteer.shared());
    }
}
