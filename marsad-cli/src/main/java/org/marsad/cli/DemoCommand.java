package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.engine.MarsadEngine;
import org.marsad.server.ObservatoryServer;
import org.marsad.server.ServerOptions;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample articles into a database under ~/.marsad and serve the observatory page.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/org/marsad/sample/docs.jsonl";

    @Option(names = "--db", description = "Database file (default: ~/.marsad/demo.duckdb).")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--no-serve", description = "Only ingest the sample; do not start the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path database = db != null ? db : Path.of(System.getProperty("user.home"), ".marsad", "demo.duckdb");
        Path sample = Files.createTempFile("marsad-sample-", ".jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                System.err.println("marsad demo: the sample articles are missing from this build");
                return 2;
            }
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        int code;
        try {
            code = IngestCommand.run(database, List.of(sample), MarsadEngine.load(), null, false);
        } finally {
            Files.deleteIfExists(sample);
        }
        if (code > 1) return code;
        if (noServe) return code;
        EventStore store;
        try {
            store = EventStore.open(database);
        } catch (StoreException e) {
            System.err.println("marsad demo: " + e.getMessage());
            return 3;
        }
        ObservatoryServer server = ServeCommand.start(store, ServerOptions.defaults().withHostPort(ServerOptions.DEFAULT_HOST, port));
        System.out.println("Marsad demo: open " + server.url() + " (database " + database + "; Ctrl-C to stop)");
        System.out.flush();
        ServeCommand.waitForShutdown(server, store);
        return 0;
    }
}
