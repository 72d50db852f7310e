package org.marsad.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.marsad.engine.Extractor;

/**
 * One extractor per executor JVM: loading the engine is expensive and the engine is
 * thread-safe, so all tasks of an executor share the instance built by the first of them.
 */
public final class ExtractorHolder {
    private static final ConcurrentMap<String, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExtractorHolder() {}

    public static Extractor get(ExtractorFactory factory) {
        return EXTRACTORS.computeIfAbsent(factory.cacheKey(), k -> factory.create());
    }

    /** How many extractors this JVM has built (for tests). */
    static int loaded() { return EXTRACTORS.size(); }

    /** Forgets the cached extractors (for tests that inject several factories). */
    static void clear() { EXTRACTORS.clear(); }
}
