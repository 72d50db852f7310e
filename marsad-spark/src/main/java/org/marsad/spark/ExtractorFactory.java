package org.marsad.spark;

import java.io.Serializable;
import org.marsad.engine.Extractor;

/**
 * Makes the extractor on each executor. It is shipped to executors with the job, so it must
 * be serializable; the extractor it makes is not shipped, only built where it runs.
 */
@FunctionalInterface
public interface ExtractorFactory extends Serializable {
    Extractor create();

    /** Extractors are cached per JVM under this key: factories with equal keys share one extractor. */
    default String cacheKey() { return getClass().getName(); }
}
