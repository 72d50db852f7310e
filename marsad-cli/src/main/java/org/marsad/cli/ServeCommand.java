package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.engine.MarsadEngine;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.server.ObservatoryServer;
import org.marsad.server.ServerOptions;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the observatory: the web page and the JSON API (/api/openapi.json) over a database.",
                "The server is the database's writer: add documents with POST /api/ingest while it runs."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = IngestCommand.DEFAULT_DB, description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--read-only", description = "Open the database read-only (no ingest; other read-only readers may share it).")
    boolean readOnly;

    @Option(names = "--cors-origin", description = "Allow this origin to call the API from its pages (CORS is off by default).")
    String corsOrigin;

    @Option(names = "--ingest-token", description = "Require this bearer token for POST /api/ingest "
            + "(without it, ingest is accepted only on a loopback address).")
    String ingestToken;

    @Override
    public Integer call() throws InterruptedException {
        if (readOnly && !Files.exists(db)) {
            System.err.println("marsad serve: no database at " + db + " (create one with `marsad ingest`)");
            return 2;
        }
        EventStore store;
        try {
            store = EventStore.open(db, readOnly);
        } catch (StoreException e) {
            System.err.println("marsad serve: " + e.getMessage());
            return 3;
        }
        ServerOptions options = ServerOptions.defaults().withHostPort(host, port).withCors(corsOrigin).withIngestToken(ingestToken);
        ObservatoryServer server = start(store, options);
        System.err.println("marsad serve: " + store.count("events") + " events in " + db);
        System.out.println("Marsad observatory: " + server.url());
        System.out.flush();
        waitForShutdown(server, store);
        return 0;
    }

    static ObservatoryServer start(EventStore store, ServerOptions options) {
        // The engine loads on the first POST /api/ingest, not at start-up.
        java.util.function.Supplier<org.marsad.engine.Extractor> engine = new java.util.function.Supplier<>() {
            private MarsadEngine loaded;

            @Override
            public synchronized MarsadEngine get() {
                if (loaded == null) loaded = MarsadEngine.load();
                return loaded;
            }
        };
        return new ObservatoryServer(store, engine, new EventMerger(MergeConfig.DEFAULT), options).start();
    }

    /** Blocks until the process is stopped (Ctrl-C), then closes the server and the database cleanly. */
    static void waitForShutdown(ObservatoryServer server, EventStore store) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "marsad-shutdown"));
        stopped.await();
    }
}
