package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergedEvent;

/**
 * The DuckDB database of articles, event records and merged events. DuckDB lets one process
 * write a database file: this object is that writer. Writes are serialised here; readers take
 * their own connection ({@link #reader()}) to the same database, so a server can answer queries
 * while it ingests.
 */
public final class EventStore implements AutoCloseable {
    private final DuckDBConnection conn;
    private final boolean readOnly;
    private final Object writeLock = new Object();

    private EventStore(DuckDBConnection conn, boolean readOnly) {
        this.conn = conn;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the database file for reading and writing. */
    public static EventStore open(Path file) {
        return open(file, false);
    }

    public static EventStore open(Path file, boolean readOnly) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !readOnly) Files.createDirectories(parent);
            if (readOnly && !Files.exists(file)) throw new StoreException("no database at " + file, null);
            Properties props = new Properties();
            if (readOnly) props.setProperty("duckdb.read_only", "true");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            EventStore store = new EventStore((DuckDBConnection) c, readOnly);
            if (!readOnly) store.createSchema();
            return store;
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreLockedException("the database " + file + " is in use by another process (DuckDB allows one "
                        + "writer; a running `marsad serve` holds it). Stop that process, or send documents to the running "
                        + "server: curl --data-binary @docs.jsonl http://127.0.0.1:8080/api/ingest", e);
            }
            throw new StoreException("cannot open the database " + file + ": " + m, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
    }

    /** A database in memory, for tests. */
    public static EventStore inMemory() {
        try {
            EventStore store = new EventStore((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"), false);
            store.createSchema();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
        }
    }

    private void createSchema() throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String sql : Schema.ddl()) st.execute(sql);
        }
    }

    public boolean isReadOnly() { return readOnly; }

    /** A new connection to the same database for one reader (close it after use). */
    public Connection reader() {
        try {
            return conn.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection: " + e.getMessage(), e);
        }
    }

    public boolean hasArticle(String hash) {
        // The writer connection is shared: never use it while another thread is in a transaction on it.
        synchronized (writeLock) {
            return articleExists(hash);
        }
    }

    private boolean articleExists(String hash) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("lookup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Stores one article and its records in one transaction, so a crash leaves either both or
     * neither. Returns false when the article (same content hash) is already stored.
     */
    public boolean addArticle(Document d, List<EventRecord> records, String engineVersion) {
        String hash = ContentHash.of(d);
        return inTransaction("cannot store " + d.origin(), c -> {
            if (articleExists(hash)) return false;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO articles (hash, doc_id, source, url, published, title, text, engine, origin) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, hash);
                ps.setString(2, d.id());
                ps.setString(3, d.source());
                ps.setString(4, d.url());
                ps.setObject(5, d.date() == null ? null : Date.valueOf(d.date()));
                ps.setString(6, d.title());
                ps.setString(7, d.text());
                ps.setString(8, engineVersion);
                ps.setString(9, d.origin());
                ps.executeUpdate();
            }
            insertEvents(hash, records);
            return true;
        });
    }

    private void insertEvents(String hash, List<EventRecord> records) throws SQLException {
        if (records.isEmpty()) return;
        Set<String> used = new HashSet<>();
        try (PreparedStatement exists = conn.prepareStatement("SELECT 1 FROM events WHERE uid = ?");
             PreparedStatement ps = conn.prepareStatement(EventRows.insertSql("events"))) {
            int n = 0;
            for (EventRecord r : records) {
                String uid = uniqueId(r.id() == null ? hash.substring(0, 16) + "-" + n : r.id(), hash, n, used, exists);
                n++;
                EventRows.bind(ps, uid, hash, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The record id, qualified by the article when another article already uses it. */
    private static String uniqueId(String id, String hash, int n, Set<String> used, PreparedStatement exists) throws SQLException {
        String uid = id;
        if (taken(uid, used, exists)) uid = id + "@" + hash.substring(0, 12);
        if (taken(uid, used, exists)) uid = id + "@" + hash.substring(0, 12) + "-" + n;
        used.add(uid);
        return uid;
    }

    private static boolean taken(String uid, Set<String> used, PreparedStatement exists) throws SQLException {
        if (used.contains(uid)) return true;
        exists.setString(1, uid);
        try (ResultSet rs = exists.executeQuery()) {
            return rs.next();
        }
    }

    /** Articles whose records came from another engine version than {@code engineVersion}. */
    public List<String> articlesCodedOtherThan(String engineVersion) {
        List<String> hashes = new ArrayList<>();
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT hash FROM articles WHERE engine <> ? ORDER BY ingested_at, hash")) {
            ps.setString(1, engineVersion);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) hashes.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return hashes;
    }

    public StoredArticle article(String hash) {
        try (Connection c = reader()) {
            return StoreQueries.article(c, hash);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces an article's records with new ones from {@code engineVersion}; the old records move
     * to {@code event_history} with the time and the version that replaced them. One transaction.
     */
    public void replaceEvents(String hash, List<EventRecord> records, String engineVersion) {
        inTransaction("cannot replace the records of " + hash, c -> {
            String cols = String.join(", ", Schema.EVENT_COLUMNS);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_history (" + cols
                    + ", superseded_at, superseded_by) SELECT " + cols + ", current_timestamp, ? FROM events WHERE article_hash = ?")) {
                ps.setString(1, engineVersion);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE article_hash = ?")) {
                ps.setString(1, hash);
                ps.executeUpdate();
            }
            insertEvents(hash, records);
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET engine = ? WHERE hash = ?")) {
                ps.setString(1, engineVersion);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Recomputes all merged events from the current records. Returns how many there are. */
    public int rebuildMerged(EventMerger merger) {
        synchronized (writeLock) {
            List<EventRecord> records = new ArrayList<>();
            forEachRecord(records::add);
            List<MergedEvent> merged = merger.merge(records);
            return inTransaction("cannot store merged events", c -> {
                try (Statement st = c.createStatement();
                     PreparedStatement me = c.prepareStatement("INSERT INTO merged_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement mm = c.prepareStatement("INSERT INTO merged_mentions VALUES (?, ?)")) {
                    st.execute("DELETE FROM merged_mentions");
                    st.execute("DELETE FROM merged_events");
                    Set<String> seen = new HashSet<>();
                    for (MergedEvent m : merged) {
                        if (!seen.add(m.eventId())) continue;
                        List<String> range = m.dateRange() == null ? List.of() : m.dateRange();
                        Object[] v = {m.eventId(), m.event(), m.mode(), m.date(), range.isEmpty() ? null : range.get(0),
                                range.size() < 2 ? null : range.get(1),
                                m.actor() == null ? null : m.actor().country(), m.actor() == null ? null : m.actor().org(),
                                m.recipient() == null ? null : m.recipient().country(), m.recipient() == null ? null : m.recipient().org(),
                                m.location() == null ? null : m.location().name(), m.location() == null ? null : m.location().lat(),
                                m.location() == null ? null : m.location().lon(), m.mentions() == null ? 0 : m.mentions().size(),
                                RecordJson.write(m)};
                        for (int i = 0; i < v.length; i++) me.setObject(i + 1, v[i]);
                        me.addBatch();
                        if (m.mentions() != null) {
                            for (String id : m.mentions()) {
                                mm.setString(1, m.eventId());
                                mm.setString(2, id);
                                mm.addBatch();
                            }
                        }
                    }
                    me.executeBatch();
                    mm.executeBatch();
                    return seen.size();
                }
            });
        }
    }

    /**
     * Runs work on the writer connection as one transaction under the write lock: committed when
     * it returns, rolled back when it throws; a database error is reported as {@code failure}.
     */
    private <T> T inTransaction(String failure, SqlWork<T> work) {
        synchronized (writeLock) {
            try {
                conn.setAutoCommit(false);
                try {
                    T result = work.run(conn);
                    conn.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(failure + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every current record, in article then record order. */
    public void forEachRecord(Consumer<EventRecord> consumer) {
        try (Connection c = reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT record FROM events ORDER BY article_hash, uid")) {
            while (rs.next()) consumer.accept(RecordJson.read(rs.getString(1)));
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    public long count(String table) {
        if (!List.of("articles", "events", "event_history", "merged_events").contains(table)) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        try (Connection c = reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** Runs work on the writer connection under the write lock (bulk loads, checkpoints). */
    public <T> T withWriter(SqlWork<T> work) {
        synchronized (writeLock) {
            try {
                return work.run(conn);
            } catch (SQLException e) {
                throw new StoreException("database write failed: " + e.getMessage(), e);
            }
        }
    }

    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
