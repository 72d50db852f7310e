package org.marsad.store;

import java.util.List;

/**
 * Tables of the store. {@code events} holds the current records, flattened for filtering and
 * with the full record JSON; {@code event_history} keeps records replaced by {@code recode}.
 */
final class Schema {
    private Schema() {}

    static final int VERSION = 1;

    /**
     * Newest first in one integer: the event's day (days since 1970, -1 when unknown) times 10^9
     * plus an insertion number. Sorting on one BIGINT keeps paged queries fast.
     */
    static final String SORT_KEY_SQL = "coalesce(?, -1) * 1000000000 + nextval('event_seq')";

    /** Flattened record columns, in insert order (see {@link EventRows}). */
    static final List<String> EVENT_COLUMNS = List.of(
            "uid", "article_hash", "id", "doc_id", "source", "url", "published", "event", "mode", "context", "cameo", "quad",
            "date", "date_start", "date_precision", "date_source", "date_text",
            "actor_text", "actor_name", "actor_country", "actor_org", "actor_sector", "actor_kb_id", "actor_start", "actor_end",
            "recipient_text", "recipient_name", "recipient_country", "recipient_org", "recipient_sector", "recipient_kb_id",
            "recipient_start", "recipient_end",
            "place_text", "place_name", "place_geonameid", "place_country", "place_admin1", "lat", "lon", "place_precision",
            "place_start", "place_end",
            "dead", "injured", "arrested", "participants", "size_approximate",
            "claimant_text", "claimant_name", "claimant_country", "claimant_org", "claimant_sector", "relayed_by", "hedged",
            "verified", "negated", "future", "historical", "denies",
            "trigger_start", "trigger_end", "trigger_text", "evidence_start", "evidence_end", "evidence_text",
            "confidence", "engine", "search", "place_search", "claimant_search", "record", "sort_key");

    private static final String EVENT_COLUMN_TYPES = """
            uid VARCHAR NOT NULL, article_hash VARCHAR NOT NULL, id VARCHAR, doc_id VARCHAR, source VARCHAR, url VARCHAR,
            published VARCHAR, event VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR, quad VARCHAR,
            date VARCHAR, date_start DATE, date_precision VARCHAR, date_source VARCHAR, date_text VARCHAR,
            actor_text VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_org VARCHAR, actor_sector VARCHAR,
            actor_kb_id VARCHAR, actor_start INTEGER, actor_end INTEGER,
            recipient_text VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR, recipient_org VARCHAR,
            recipient_sector VARCHAR, recipient_kb_id VARCHAR, recipient_start INTEGER, recipient_end INTEGER,
            place_text VARCHAR, place_name VARCHAR, place_geonameid BIGINT, place_country VARCHAR, place_admin1 VARCHAR,
            lat DOUBLE, lon DOUBLE, place_precision VARCHAR, place_start INTEGER, place_end INTEGER,
            dead INTEGER, injured INTEGER, arrested INTEGER, participants INTEGER, size_approximate VARCHAR,
            claimant_text VARCHAR, claimant_name VARCHAR, claimant_country VARCHAR, claimant_org VARCHAR,
            claimant_sector VARCHAR, relayed_by VARCHAR, hedged BOOLEAN, verified BOOLEAN,
            negated BOOLEAN, future BOOLEAN, historical BOOLEAN, denies VARCHAR,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
            evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
            confidence DOUBLE, engine VARCHAR, search VARCHAR, place_search VARCHAR, claimant_search VARCHAR, record VARCHAR NOT NULL, sort_key BIGINT NOT NULL""";

    static List<String> ddl() {
        return List.of(
                "CREATE SEQUENCE IF NOT EXISTS event_seq",
                "CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)",
                """
                CREATE TABLE IF NOT EXISTS articles (
                  hash VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, source VARCHAR, url VARCHAR, published DATE,
                  title VARCHAR, text VARCHAR NOT NULL, engine VARCHAR NOT NULL, origin VARCHAR,
                  ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
                "CREATE TABLE IF NOT EXISTS events (" + EVENT_COLUMN_TYPES + ", PRIMARY KEY (uid))",
                "CREATE TABLE IF NOT EXISTS event_history (" + EVENT_COLUMN_TYPES
                        + ", superseded_at TIMESTAMP NOT NULL, superseded_by VARCHAR NOT NULL)",
                """
                CREATE TABLE IF NOT EXISTS merged_events (
                  event_id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, date VARCHAR, date_from VARCHAR, date_to VARCHAR,
                  actor_country VARCHAR, actor_org VARCHAR, recipient_country VARCHAR, recipient_org VARCHAR,
                  place_name VARCHAR, lat DOUBLE, lon DOUBLE, mention_count INTEGER, record VARCHAR NOT NULL)""",
                "CREATE TABLE IF NOT EXISTS merged_mentions (event_id VARCHAR NOT NULL, record_id VARCHAR NOT NULL)",
                "INSERT INTO store_info VALUES ('schema', '" + VERSION + "') ON CONFLICT DO NOTHING");
    }
}
