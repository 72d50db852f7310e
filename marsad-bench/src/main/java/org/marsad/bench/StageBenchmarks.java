package org.marsad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.number.NumberAnnotator;
import org.marsad.arabic.time.DateAnnotator;
import org.marsad.arabic.time.ReferenceDateAnnotator;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.engine.MarsadEngine;
import org.marsad.kb.ActorAnnotator;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.PlaceAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pipeline's hottest stages, one article at a time, over the bundled sample articles: text
 * analysis (sentences, tokens, clitic stems), dates and numbers, actors and places, and the whole
 * engine (coding included). Run with {@code java -jar marsad-bench/target/marsad-benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class StageBenchmarks {
    private List<Document> sample;
    private TextAnalyzer text;
    private ReferenceDateAnnotator reference;
    private DateAnnotator dates;
    private NumberAnnotator numbers;
    private ActorAnnotator actors;
    private PlaceAnnotator places;
    private MarsadEngine engine;
    private int next;

    @Setup
    public void load() throws IOException {
        sample = readSample();
        text = new TextAnalyzer();
        reference = new ReferenceDateAnnotator();
        dates = new DateAnnotator();
        numbers = new NumberAnnotator();
        KnowledgeBase kb = KnowledgeBase.load();
        actors = new ActorAnnotator(kb);
        places = new PlaceAnnotator(kb);
        engine = MarsadEngine.load();
    }

    /** A fresh copy of the next sample article, so no stage sees another's layers. */
    private Document nextDocument() {
        Document d = sample.get(next++ % sample.size());
        return new Document(d.id(), d.text(), d.title(), d.date(), d.source(), d.url(), d.origin());
    }

    @Benchmark
    public Object textAnalysis() {
        Document d = nextDocument();
        text.annotate(d);
        return d.tokens();
    }

    @Benchmark
    public Object datesAndNumbers() {
        Document d = nextDocument();
        text.annotate(d);
        reference.annotate(d);
        dates.annotate(d);
        numbers.annotate(d);
        return d.mentions();
    }

    @Benchmark
    public Object actorsAndPlaces() {
        Document d = nextDocument();
        text.annotate(d);
        actors.annotate(d);
        places.annotate(d);
        return d.mentions();
    }

    @Benchmark
    public void wholeEngine(Blackhole bh) {
        bh.consume(engine.extract(nextDocument()));
    }

    static List<Document> readSample() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StageBenchmarks.class.getResourceAsStream("/org/marsad/bench/docs.jsonl"), StandardCharsets.UTF_8))) {
            new DocumentReader().readJsonLines("sample", r, new DocumentSink() {
                @Override public boolean accept(Document d) { docs.add(d); return true; }
                @Override public void error(InputError e) { throw new IllegalStateException(e.toString()); }
            });
        }
        return docs;
    }
}
