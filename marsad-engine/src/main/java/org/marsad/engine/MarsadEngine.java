package org.marsad.engine;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Pipeline;
import org.marsad.core.record.EventRecord;

/**
 * The whole extraction pipeline, built once and shared by all threads: text analysis,
 * mentions (dates, numbers, actors, places, names), then event coding.
 */
public final class MarsadEngine implements Extractor {
    public static final String ENGINE_VERSION = "0.1.0";

    private final Pipeline pipeline;
    private final EventCoder coder;
    private final String version;
    private final java.util.concurrent.atomic.AtomicLong codingNanos = new java.util.concurrent.atomic.AtomicLong();

    public MarsadEngine(List<Annotator> stages, EventCoder coder, String kbVersion) {
        this.pipeline = new Pipeline(stages);
        this.coder = coder;
        this.version = "marsad " + ENGINE_VERSION + " (kb " + kbVersion + ")";
    }

    /** The default engine with the bundled knowledge. */
    public static MarsadEngine load() {
        List<Annotator> stages = new ArrayList<>();
        stages.add(new TextAnalyzer());
        return new MarsadEngine(stages, new EventCoder(), "0.1.0");
    }

    @Override
    public List<EventRecord> extract(Document document) {
        pipeline.annotate(document);
        long t0 = System.nanoTime();
        List<EventRecord> records = coder.code(document, version);
        codingNanos.addAndGet(System.nanoTime() - t0);
        return records;
    }

    public Pipeline pipeline() { return pipeline; }

    /** Time spent in event coding so far, for benchmarks. */
    public long codingNanos() { return codingNanos.get(); }

    @Override
    public String version() { return version; }
}
