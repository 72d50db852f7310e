package org.marsad.engine;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.number.NumberAnnotator;
import org.marsad.arabic.number.SizeReader;
import org.marsad.arabic.time.DateAnnotator;
import org.marsad.arabic.time.EventDate;
import org.marsad.arabic.time.EventDates;
import org.marsad.arabic.time.ReferenceDateAnnotator;
import org.marsad.engine.coding.EventDating;
import org.marsad.kb.ActorAnnotator;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.PlaceAnnotator;
import org.marsad.ner.NerAnnotator;
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
    /** Bumped whenever a bundled lexicon or knowledge file changes, so stored records can be re-coded. */
    public static final String KB_VERSION = "2026-11-30";

    private final Pipeline pipeline;
    private final EventCoder coder;
    private final String version;
    private final java.util.concurrent.atomic.AtomicLong codingNanos = new java.util.concurrent.atomic.AtomicLong();

    /** Reads the places of a title (context, outside the offsets): text analysis and places only. */
    private final Pipeline titlePipeline;

    public MarsadEngine(List<Annotator> stages, EventCoder coder, String kbVersion) {
        this.pipeline = new Pipeline(stages);
        List<Annotator> titleStages = new ArrayList<>();
        for (Annotator a : stages) if (a.name().equals("text") || a.name().equals("places")) titleStages.add(a);
        this.titlePipeline = new Pipeline(titleStages);
        this.coder = coder;
        this.version = "marsad " + ENGINE_VERSION + " (kb " + kbVersion + ")";
    }

    /** The default engine with the bundled knowledge. */
    public static MarsadEngine load() {
        return load(List.of());
    }

    /** The engine with the bundled knowledge plus the user's knowledge files (see docs/kb-format.md). */
    public static MarsadEngine load(List<java.nio.file.Path> extraKnowledge) {
        KnowledgeBase kb = KnowledgeBase.load(extraKnowledge);
        List<Annotator> stages = new ArrayList<>();
        stages.add(new TextAnalyzer());
        stages.add(new ReferenceDateAnnotator());
        stages.add(new DateAnnotator());
        stages.add(new NumberAnnotator());
        stages.add(new ActorAnnotator(kb));
        stages.add(new PlaceAnnotator(kb));
        SizeReader sizes = new SizeReader();
        EventCoder coder = new EventCoder(
                (doc, sentence, trigger) -> {
                    EventDate d = EventDates.forEvent(doc, sentence, trigger);
                    return d == null || d.value() == null ? null
                            : new EventDating.Dated(d.value(), d.source(), d.text(), d.start(), d.end(), d.historical());
                },
                (doc, sentence, trigger) -> sizes.readNear(doc, sentence, trigger),
                new NerAnnotator()::sentenceNames);
        return new MarsadEngine(stages, coder, KB_VERSION);
    }

    @Override
    public List<EventRecord> extract(Document document) {
        pipeline.annotate(document);
        long t0 = System.nanoTime();
        List<org.marsad.core.Mention> titlePlaces = List.of();
        if (document.title() != null && !document.title().isBlank()) {
            Document title = Document.of(document.id() + "#title", document.title());
            titlePipeline.annotate(title);
            titlePlaces = title.mentions();
        }
        List<EventRecord> records = coder.code(document, version, titlePlaces);
        codingNanos.addAndGet(System.nanoTime() - t0);
        return records;
    }

    public Pipeline pipeline() { return pipeline; }

    public EventCoder coder() { return coder; }

    /** Time spent in event coding so far, for benchmarks. */
    public long codingNanos() { return codingNanos.get(); }

    @Override
    public String version() { return version; }
}
