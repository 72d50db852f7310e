package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.engine.Extractor;
import org.marsad.engine.MarsadEngine;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import org.marsad.store.Recoder;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Extract again the stored articles coded by another engine version than this one.",
                "Replaced records stay in the table event_history with the version that replaced them."})
final class RecodeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--db", defaultValue = IngestCommand.DEFAULT_DB, description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() {
        return run(db, knowledge.engine());
    }

    static int run(Path db, Extractor extractor) {
        if (!Files.exists(db)) {
            System.err.println("marsad recode: no database at " + db);
            return 2;
        }
        try (EventStore store = EventStore.open(db)) {
            Ingester.BarProgress log = new Ingester.BarProgress(System.err, 0);
            Recoder.Summary s = new Recoder(store, extractor, new EventMerger(MergeConfig.DEFAULT)).run(log);
            System.err.println("marsad recode: " + s + " (engine " + extractor.version() + ")");
            return s.failed() > 0 ? 1 : 0;
        } catch (StoreException e) {
            System.err.println("marsad recode: " + e.getMessage());
            return 3;
        }
    }
}
