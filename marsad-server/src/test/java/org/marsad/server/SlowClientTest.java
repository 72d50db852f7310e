package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventStore;
import org.marsad.store.testing.FakeExtractor;

/** A client that starts a request and then goes quiet is cut off, so it cannot hold a connection forever. */
class SlowClientTest {
    static EventStore store;
    static ObservatoryServer server;

    @BeforeAll
    static void start() {
        store = EventStore.inMemory();
        ServerOptions d = ServerOptions.defaults();
        server = new ObservatoryServer(store, FakeExtractor::new, new EventMerger(MergeConfig.DEFAULT),
                new ServerOptions("127.0.0.1", 0, null, null, d.maxRequestBytes(), d.queryTimeoutSeconds(), 500)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void unfinishedHeadersAndBodiesAreTimedOut() throws Exception {
        URI url = URI.create(server.url());
        String[] starts = {
            "GET /api/events HTTP/1.1\r\nHost: x\r\n", // headers never finished
            "POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000\r\n\r\n{\"id\":", // body never finished
        };
        for (String start : starts) {
            try (Socket s = new Socket(url.getHost(), url.getPort())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(start.getBytes(StandardCharsets.UTF_8));
                out.flush();
                long t0 = System.nanoTime();
                InputStream in = s.getInputStream();
                while (in.read() >= 0) { } // whatever the server answers, it must then close
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertTrue(seconds < 8, "closed after " + seconds + " s: " + start);
            }
        }
    }
}
