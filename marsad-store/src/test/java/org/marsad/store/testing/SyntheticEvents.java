package org.marsad.store.testing;

import java.sql.Statement;
import org.marsad.store.EventStore;

/** Fills a store with many plausible events in one SQL statement, for benchmarks. */
public final class SyntheticEvents {
    private SyntheticEvents() {}

    public static void fill(EventStore store, int n) {
        store.withWriter(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("""
                    INSERT INTO articles (hash, doc_id, source, url, published, title, text, engine)
                    SELECT 'h' || i, 'doc-' || i, 'Outlet ' || (i % 40), NULL, DATE '2018-01-01' + CAST(i % 2500 AS INTEGER),
                           'عنوان ' || i, 'تظاهر محتجون في المدينة رقم ' || i || ' ضد الحكومة.', 'synthetic'
                    FROM range(0, $N) t(i)""".replace("$N", String.valueOf((n + 1) / 2)));
                st.execute("""
                    INSERT INTO events (uid, article_hash, id, doc_id, source, published, event, mode, date, date_start,
                        date_precision, actor_text, actor_name, actor_country, actor_sector, recipient_text, recipient_country,
                        recipient_org, place_text, place_name, place_country, lat, lon, claimant_org,
                        trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text,
                        confidence, engine, search, place_search, claimant_search, record, sort_key)
                    SELECT 'e' || i, 'h' || (i // 2), 'e' || i, 'doc-' || (i // 2), 'Outlet ' || (i % 40),
                        CAST(d AS VARCHAR), ev, 'mode' || (i % 3), CAST(d AS VARCHAR), d, 'day',
                        'فاعل ' || (i % 300), 'actor ' || (i % 300), cc, 'GOV', 'متلقي ' || (i % 200), rc,
                        CASE WHEN i % 17 = 0 THEN 'UN' END, 'مدينة ' || (i % 500), 'City ' || (i % 500), cc,
                        lat, lon, CASE WHEN i % 11 = 0 THEN 'AMNESTY' END,
                        0, 5, 'تظاهر', 0, 30, 'تظاهر محتجون في المدينة رقم ' || i, 0.7, 'synthetic',
                        lower(ev || ' تظاهر محتجون في المدينة رقم ' || i || ' actor ' || (i % 300) || ' city ' || (i % 500)),
                        lower('City ' || (i % 500) || chr(10) || 'مدينة ' || (i % 500)),
                        CASE WHEN i % 11 = 0 THEN 'amnesty international' END,
                        '{"id":"e' || i || '","event":"' || ev || '","date":"' || CAST(d AS VARCHAR) || '","actor":{"text":"فاعل ' || (i % 300)
                          || '","country":"' || cc || '"},"location":{"name":"City ' || (i % 500) || '","lat":' || lat || ',"lon":' || lon
                          || '},"trigger":{"start":0,"end":5,"text":"تظاهر"},"evidence":{"start":0,"end":30,"text":"تظاهر"},"engine":"synthetic"}',
                        date_diff('day', DATE '1970-01-01', d) * 1000000000 + nextval('event_seq')
                    FROM (SELECT i,
                            DATE '2018-01-01' + CAST((i * 7919) % 2500 AS INTEGER) AS d,
                            ['PROTEST','ASSAULT','ACCUSE','CONSULT','COERCE','AID','REQUEST','THREATEN','SUPPORT','REJECT'][1 + i % 10] AS ev,
                            ['EGY','SYR','IRQ','YEM','LBN','JOR','PSE','SDN','LBY','TUN','MAR','DZA','SAU','ISR','IRN'][1 + (i * 31) % 15] AS cc,
                            ['EGY','SYR','IRQ','YEM','USA','RUS','TUR'][1 + (i * 13) % 7] AS rc,
                            12.0 + ((i * 37) % 2500) / 100.0 AS lat, 20.0 + ((i * 53) % 3000) / 100.0 AS lon
                          FROM range(0, $N) t(i))""".replace("$N", String.valueOf(n)));
            }
            return null;
        });
    }
}
