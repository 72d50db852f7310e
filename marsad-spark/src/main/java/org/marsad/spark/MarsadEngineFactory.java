package org.marsad.spark;

import org.marsad.engine.Extractor;
import org.marsad.engine.MarsadEngine;

/** The default: the bundled Marsad engine. */
public final class MarsadEngineFactory implements ExtractorFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public Extractor create() { return MarsadEngine.load(); }
}
