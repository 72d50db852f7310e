package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.Extractor;
import org.marsad.merge.EventMerger;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.Exporter;
import org.marsad.store.Ingester;
import org.marsad.store.StoreQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observatory: a JSON API over the event store and the web page that uses it, in one
 * process. The server is the database's one writer: new documents come in through
 * POST /api/ingest and go through the same store, so queries keep working while it ingests.
 */
public final class ObservatoryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObservatoryServer.class);
    static final String WEB = "/org/marsad/server/web";

    private final EventStore store;
    private final Supplier<Extractor> extractor;
    private final EventMerger merger;
    private final ServerOptions options;
    private final Object ingestLock = new Object();
    private final byte[] countries;
    private final byte[] openApi;
    private Javalin app;

    /** {@code extractor} is asked for only when a document is posted (loading the engine takes time). */
    public ObservatoryServer(EventStore store, Supplier<Extractor> extractor, EventMerger merger, ServerOptions options) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
        this.options = options;
        this.countries = CountryShapes.geoJsonBytes();
        this.openApi = resource(WEB + "/api/openapi.json");
        StoreQueries.setQueryTimeoutSeconds(options.queryTimeoutSeconds());
    }

    public ObservatoryServer start() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(RecordJson.MAPPER, false));
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.defaultContentType = "application/json";
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
                sf.precompress = false;
            });
            config.staticFiles.enableWebjars();
            if (options.corsOrigin() != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
            }
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            // No inline or foreign scripts: text from articles can never run as code.
            ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        });
        app.get("/api/health", this::health);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/geo/countries", ctx -> {
            ctx.header("Cache-Control", "max-age=86400");
            ctx.contentType("application/geo+json").result(countries);
        });
        app.get("/api/facets", ctx -> read(ctx, c -> StoreQueries.facets(c)));
        app.get("/api/events", ctx -> read(ctx, c -> StoreQueries.search(c, query(ctx))));
        app.get("/api/events/{id}", ctx -> {
            String id = ctx.pathParam("id");
            read(ctx, c -> {
                ObjectNode e = StoreQueries.event(c, id);
                if (e == null) throw new NotFound("no event " + id);
                return e;
            });
        });
        app.get("/api/counts", ctx -> read(ctx, c -> StoreQueries.counts(c, query(ctx), ctx.queryParam("interval"))));
        app.get("/api/top/actors", ctx -> read(ctx, c -> StoreQueries.topActors(c, query(ctx), ctx.queryParam("role"), top(ctx))));
        app.get("/api/top/places", ctx -> read(ctx, c -> StoreQueries.topPlaces(c, query(ctx), top(ctx))));
        app.get("/api/export", this::export);
        app.post("/api/ingest", this::ingest);
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("request {} failed", ctx.path(), e);
            boolean timeout = String.valueOf(e.getMessage()).toLowerCase().contains("interrupt");
            error(ctx, timeout ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR,
                    timeout ? "the query took too long" : "the request failed");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) error(ctx, HttpStatus.NOT_FOUND, "not found");
        });
        app.start(options.host(), options.port());
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setIdleTimeout(options.idleTimeoutMillis());
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    private static EventQuery query(Context ctx) {
        return EventQuery.from(ctx::queryParam);
    }

    private static int top(Context ctx) {
        String n = ctx.queryParam("n");
        if (n == null) return 20;
        try {
            int v = Integer.parseInt(n);
            if (v < 1 || v > 500) throw new IllegalArgumentException("n must be between 1 and 500");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("n is not a whole number");
        }
    }

    private interface Read {
        Object run(Connection c) throws SQLException;
    }

    /** Runs a read on a connection of its own and answers with its JSON. */
    private void read(Context ctx, Read work) throws SQLException {
        try (Connection c = store.reader()) {
            ctx.json(work.run(c));
        }
    }

    private void health(Context ctx) {
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("articles", store.count("articles"));
        o.put("events", store.count("events"));
        o.put("merged_events", store.count("merged_events"));
        o.put("ingest", ingestAllowed(null));
        ctx.json(o);
    }

    private void export(Context ctx) throws Exception {
        Exporter.Format format = Exporter.Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("csv"));
        EventQuery q = query(ctx);
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-events." + format.extension + "\"");
        try (Connection c = store.reader()) {
            Exporter.export(c, q, format, ctx.outputStream());
        }
    }

    private boolean ingestAllowed(Context ctx) {
        if (store.isReadOnly()) return false;
        if (options.ingestToken() == null) return options.loopback();
        if (ctx == null) return true;
        String auth = ctx.header("Authorization");
        return auth != null && MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + options.ingestToken()).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores JSON Lines documents sent in the body, as {@code marsad ingest} would. */
    private void ingest(Context ctx) throws IOException {
        if (!ingestAllowed(ctx)) {
            error(ctx, HttpStatus.FORBIDDEN, store.isReadOnly() ? "the server opened the database read-only"
                    : "ingest needs a token (start the server with --ingest-token) or a loopback address");
            return;
        }
        long declared = ctx.contentLength();
        if (declared > options.maxRequestBytes()) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + options.maxRequestBytes() + " bytes");
            return;
        }
        DocumentReader reader = new DocumentReader();
        StringBuilder errors = new StringBuilder();
        Ingester.Summary s;
        try (InputStream in = new LimitedInputStream(ctx.bodyInputStream(), options.maxRequestBytes());
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            synchronized (ingestLock) {
                Ingester ingester = new Ingester(store, extractor.get(), merger, Runtime.getRuntime().availableProcessors(),
                        new Ingester.Progress() {
                            @Override public void update(Ingester.Summary x) {}
                            @Override public void message(String m) {
                                if (errors.length() < 4000) errors.append(m).append('\n');
                            }
                            @Override public void done(Ingester.Summary x) {}
                        });
                s = ingester.run(sink -> {
                    try {
                        reader.readJsonLines("request", br, sink);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LimitedInputStream.TooLarge) {
                error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + options.maxRequestBytes() + " bytes");
                return;
            }
            error(ctx, HttpStatus.BAD_REQUEST, "the body is not UTF-8 JSON Lines");
            return;
        }
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("read", s.read);
        o.put("stored", s.stored);
        o.put("already_stored", s.alreadyStored);
        o.put("skipped", s.skipped);
        o.put("failed", s.failed);
        o.put("events", s.events);
        o.put("merged_events", s.merged);
        o.put("messages", errors.toString());
        ctx.json(o);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("error", message);
        ctx.status(status).contentType("application/json").result(RecordJson.write(o));
    }

    private static byte[] resource(String path) {
        try (InputStream in = ObservatoryServer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String m) { super(m); }
    }

    @Override
    public void close() {
        if (app != null) app.stop();
    }

    /** For tests: parse a JSON body. */
    static JsonNode json(String s) {
        try {
            return RecordJson.MAPPER.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
