package org.marsad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergedEvent;

/**
 * Marsad on Apache Spark: reads documents (JSON Lines, text, HTML, WARC; local or any Hadoop
 * URI), extracts event records on the executors with one engine per executor, writes them as
 * Parquet partitioned by event date, then merges the records of the whole input into events.
 *
 * <p>Output folder: {@code events/} (article-level records), {@code merged_events/} (Parquet)
 * and {@code merged_events_json/} (JSON Lines), {@code input_errors/} (documents that could not
 * be read or extracted, when there are any).
 */
public final class SparkExtractJob {
    public static final String EVENTS = "events";
    public static final String MERGED = "merged_events";
    public static final String MERGED_JSON = "merged_events_json";
    public static final String INPUT_ERRORS = "input_errors";

    /**
     * Records are merged in this order (by id, then by their JSON), so a run's merged events do
     * not depend on how tasks were scheduled.
     */
    public static List<EventRecord> inMergeOrder(List<String> recordJson) {
        List<String> sorted = new ArrayList<>(recordJson);
        sorted.sort(Comparator.naturalOrder());
        List<EventRecord> records = new ArrayList<>(sorted.size());
        for (String json : sorted) records.add(RecordJson.read(json));
        records.sort(Comparator.comparing(EventRecord::id, Comparator.nullsFirst(Comparator.naturalOrder())));
        return records;
    }

    private SparkExtractJob() {}

    /** Runs the whole job with the bundled engine. */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        return run(spark, options, new MarsadEngineFactory());
    }

    /** Runs the whole job with the extractor the factory makes on each executor. */
    public static JobSummary run(SparkSession spark, JobOptions options, ExtractorFactory factory) {
        long start = System.nanoTime();
        JavaRDD<ExtractionOutput> outputs = extract(spark, options, factory).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<ExtractionOutput.Kind, Long> counts = outputs.map(o -> o.kind).countByValue();
            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String out = trimSlash(options.output());

            JavaRDD<String> recordJson = outputs.filter(o -> o.is(ExtractionOutput.Kind.RECORD)).map(o -> o.value);
            EventTables.writeEvents(spark.createDataset(recordJson.rdd(), Encoders.STRING()), out + "/" + EVENTS,
                    options.partitionBy(), mode);

            if (counts.getOrDefault(ExtractionOutput.Kind.ERROR, 0L) > 0) {
                JavaRDD<String> errors = outputs.filter(o -> o.is(ExtractionOutput.Kind.ERROR)).map(o -> o.value);
                spark.createDataset(errors.rdd(), Encoders.STRING()).coalesce(1).write().mode(mode).text(out + "/" + INPUT_ERRORS);
            }

            long merged = 0;
            if (options.merge()) {
                List<MergedEvent> events = mergeAll(recordJson, new EventMerger(options.mergeConfig()));
                merged = events.size();
                List<String> eventJson = events.stream().map(RecordJson::write).toList();
                var ds = spark.createDataset(eventJson, Encoders.STRING());
                EventTables.writeMerged(ds, out + "/" + MERGED, options.partitionBy(), mode);
                ds.coalesce(1).write().mode(mode).text(out + "/" + MERGED_JSON);
            }
            return new JobSummary(counts.getOrDefault(ExtractionOutput.Kind.DOCUMENT, 0L),
                    counts.getOrDefault(ExtractionOutput.Kind.RECORD, 0L), counts.getOrDefault(ExtractionOutput.Kind.SKIPPED, 0L),
                    counts.getOrDefault(ExtractionOutput.Kind.ERROR, 0L), merged, (System.nanoTime() - start) / 1e9);
        } finally {
            outputs.unpersist(false);
        }
    }

    /**
     * The extraction stage alone: documents in, one output per document, record, skip or error.
     * Nothing runs until an action is called on the result.
     */
    public static JavaRDD<ExtractionOutput> extract(SparkSession spark, JobOptions options, ExtractorFactory factory) {
        InputFiles files;
        try {
            files = InputFiles.list(spark.sparkContext().hadoopConfiguration(), options.inputs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaRDD<ArticleRow> docs = DocumentInputs.read(spark, files);
        int wanted = options.partitions() > 0 ? options.partitions() : 2 * spark.sparkContext().defaultParallelism();
        // A gzipped file is one split: spread its documents so every core has work.
        if (options.partitions() > 0 || docs.getNumPartitions() < wanted) docs = docs.repartition(wanted);
        return docs.mapPartitions(new ExtractPartition(factory, options.minArabicShare()));
    }

    /**
     * The merge step over the whole input: records are streamed to the driver one partition
     * at a time and merged there, since events may be reported anywhere in the input.
     */
    static List<MergedEvent> mergeAll(JavaRDD<String> recordJson, EventMerger merger) {
        List<String> json = new ArrayList<>();
        for (Iterator<String> it = recordJson.toLocalIterator(); it.hasNext(); ) json.add(it.next());
        return merger.merge(inMergeOrder(json));
    }

    /** Times the extraction stage (reading included, engine loading excluded) and counts its outputs. */
    public static JobSummary benchmark(SparkSession spark, JobOptions options, ExtractorFactory factory, PrintStream log) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slots = sc.defaultParallelism();
        long loadStart = System.nanoTime();
        sc.parallelize(IntStream.range(0, slots).boxed().toList(), slots).foreach(i -> ExtractorHolder.get(factory));
        log.printf(Locale.ROOT, "marsad spark bench: engine loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        long start = System.nanoTime();
        Map<ExtractionOutput.Kind, Long> counts = extract(spark, options, factory).map(o -> o.kind).countByValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new JobSummary(counts.getOrDefault(ExtractionOutput.Kind.DOCUMENT, 0L),
                counts.getOrDefault(ExtractionOutput.Kind.RECORD, 0L), counts.getOrDefault(ExtractionOutput.Kind.SKIPPED, 0L),
                counts.getOrDefault(ExtractionOutput.Kind.ERROR, 0L), 0, seconds);
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }

    public static void main(String[] args) {
        JobArguments a;
        try {
            a = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        if (a.help) {
            System.out.println(JobArguments.USAGE);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("marsad-extract");
        if (!conf.contains("spark.master")) conf.setMaster(a.master != null ? a.master : "local[*]");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            if (a.bench) {
                JobSummary s = benchmark(spark, a.options, new MarsadEngineFactory(), System.err);
                System.out.printf(Locale.ROOT, "marsad spark bench: %s, %d slots: %.1f articles/s%n", s,
                        spark.sparkContext().defaultParallelism(), s.documentsPerSecond());
            } else {
                JobSummary s = run(spark, a.options);
                System.out.println("marsad spark extract: " + s);
                if (s.failed() > 0) System.exit(1);
            }
        } finally {
            spark.stop();
        }
    }
}
