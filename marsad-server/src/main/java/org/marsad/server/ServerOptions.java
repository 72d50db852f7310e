package org.marsad.server;

/**
 * How the observatory server listens and what it accepts.
 *
 * @param host address to bind: loopback by default, so only this machine can reach it
 * @param port port (0: any free one)
 * @param corsOrigin an origin allowed to call the API from another site, or null (CORS off)
 * @param ingestToken when set, POST /api/ingest needs "Authorization: Bearer TOKEN"; when null, ingest
 *                    is only accepted while the server is bound to a loopback address
 * @param maxRequestBytes largest request body (the ingest upload)
 * @param queryTimeoutSeconds a database query running longer is cancelled
 * @param idleTimeoutMillis a connection silent this long is closed
 */
public record ServerOptions(String host, int port, String corsOrigin, String ingestToken, long maxRequestBytes,
                            int queryTimeoutSeconds, long idleTimeoutMillis) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, null, null, 16L * 1024 * 1024, 30, 60_000);
    }

    public ServerOptions withHostPort(String newHost, int newPort) {
        return new ServerOptions(newHost, newPort, corsOrigin, ingestToken, maxRequestBytes, queryTimeoutSeconds, idleTimeoutMillis);
    }

    public ServerOptions withCors(String origin) {
        return new ServerOptions(host, port, origin, ingestToken, maxRequestBytes, queryTimeoutSeconds, idleTimeoutMillis);
    }

    public ServerOptions withIngestToken(String token) {
        return new ServerOptions(host, port, corsOrigin, token, maxRequestBytes, queryTimeoutSeconds, idleTimeoutMillis);
    }

    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
