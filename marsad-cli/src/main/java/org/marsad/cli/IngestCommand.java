package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.engine.Extractor;
import org.marsad.engine.MarsadEngine;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import org.marsad.store.InputSize;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract documents and store articles, events and merged events in a DuckDB database.",
                "Documents already stored (same content) are skipped, so an interrupted run can simply be run again.",
                "The database has one writer: while `marsad serve` holds it, send documents to the server instead",
                "(POST /api/ingest)."})
final class IngestCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    static final String DEFAULT_DB = "marsad.duckdb";

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text, HTML or JSON Lines files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--db", defaultValue = DEFAULT_DB, description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        return run(db, inputs, knowledge.engine(), threads, quiet);
    }

    static int run(Path db, List<Path> inputs, Extractor extractor, Integer threads, boolean quiet) {
        try (EventStore store = EventStore.open(db)) {
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Ingester.Progress progress = quiet ? Ingester.Progress.NONE : new Ingester.BarProgress(System.err, InputSize.documents(inputs));
            Ingester.Summary s = new Ingester(store, extractor, new EventMerger(MergeConfig.DEFAULT), t, progress)
                    .ingest(inputs, Readers.documentReader());
            System.err.println("marsad ingest: " + s + " (database " + db + ")");
            return s.failed > 0 ? 1 : 0;
        } catch (StoreException e) {
            System.err.println("marsad ingest: " + e.getMessage());
            return 3;
        }
    }
}
