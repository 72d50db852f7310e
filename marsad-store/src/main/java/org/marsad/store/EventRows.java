package org.marsad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.RecordJson;
import org.marsad.core.record.Size;
import org.marsad.core.record.Status;
import org.marsad.core.record.TextSpan;

/** Flattens an event record into the {@code events} columns (see {@link Schema#EVENT_COLUMNS}). */
final class EventRows {
    private EventRows() {}

    static String insertSql(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", Schema.EVENT_COLUMNS) + ") VALUES ("
                + "?, ".repeat(Schema.EVENT_COLUMNS.size() - 1) + Schema.SORT_KEY_SQL + ")";
    }

    static void bind(PreparedStatement ps, String uid, String articleHash, EventRecord r) throws SQLException {
        List<Object> v = new ArrayList<>(Schema.EVENT_COLUMNS.size());
        v.add(uid);
        v.add(articleHash);
        v.add(r.id());
        v.add(r.docId());
        v.add(r.source());
        v.add(r.url());
        v.add(r.published());
        v.add(r.event());
        v.add(r.mode());
        v.add(r.context() == null ? null : String.join(",", r.context()));
        v.add(r.cameo());
        v.add(r.quad());
        v.add(r.date());
        LocalDate start = dateStart(r.date());
        v.add(start == null ? null : Date.valueOf(start));
        v.add(r.datePrecision());
        v.add(r.dateSource());
        v.add(r.dateText());
        addActor(v, r.actor());
        addActor(v, r.recipient());
        PlaceRef p = r.location();
        v.add(p == null ? null : p.text());
        v.add(p == null ? null : p.name());
        v.add(p == null ? null : p.geonameId());
        v.add(p == null ? null : p.country());
        v.add(p == null ? null : p.admin1());
        v.add(p == null ? null : p.lat());
        v.add(p == null ? null : p.lon());
        v.add(p == null ? null : p.precision());
        v.add(p == null ? null : p.start());
        v.add(p == null ? null : p.end());
        Size s = r.size() == null ? Size.EMPTY : r.size();
        v.add(s.dead());
        v.add(s.injured());
        v.add(s.arrested());
        v.add(s.participants());
        v.add(s.approximate() == null ? null : String.join(",", s.approximate()));
        Attribution a = r.attribution() == null ? Attribution.NONE : r.attribution();
        ActorRef c = a.claimant();
        v.add(c == null ? null : c.text());
        v.add(c == null ? null : c.name());
        v.add(c == null ? null : c.country());
        v.add(c == null ? null : c.org());
        v.add(c == null ? null : c.sector());
        v.add(a.relayedBy() == null ? null : String.join(",", a.relayedBy()));
        v.add(a.hedged());
        v.add(a.verified());
        Status st = r.status() == null ? Status.FACTUAL : r.status();
        v.add(st.negated());
        v.add(st.future());
        v.add(st.historical());
        v.add(r.denies());
        addSpan(v, r.trigger());
        addSpan(v, r.evidence());
        v.add(r.confidence());
        v.add(r.engine());
        v.add(searchText(r));
        // Lower-cased once here, so substring filters need no per-row lower() at query time.
        v.add(p == null ? null : join(p.name(), p.text(), p.admin1()));
        v.add(c == null ? null : join(c.name(), c.text()));
        v.add(RecordJson.write(r));
        v.add(start == null ? null : start.toEpochDay());
        for (int i = 0; i < v.size(); i++) {
            Object o = v.get(i);
            if (o == null) ps.setNull(i + 1, Types.NULL);
            else ps.setObject(i + 1, o);
        }
    }

    private static void addActor(List<Object> v, ActorRef a) {
        v.add(a == null ? null : a.text());
        v.add(a == null ? null : a.name());
        v.add(a == null ? null : a.country());
        v.add(a == null ? null : a.org());
        v.add(a == null ? null : a.sector());
        v.add(a == null ? null : a.kbId());
        v.add(a == null ? null : a.start());
        v.add(a == null ? null : a.end());
    }

    private static void addSpan(List<Object> v, TextSpan t) {
        v.add(t == null ? null : t.start());
        v.add(t == null ? null : t.end());
        v.add(t == null ? null : t.text());
    }

    /** The first day of a {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} date, or null. */
    static LocalDate dateStart(String date) {
        if (date == null) return null;
        try {
            if (date.length() == 4) return LocalDate.of(Integer.parseInt(date), 1, 1);
            if (date.length() == 7) return LocalDate.parse(date + "-01");
            return LocalDate.parse(date.substring(0, Math.min(10, date.length())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String s : parts) if (s != null) b.append(s).append('\n');
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Lower-cased text the free-text filter looks in. */
    static String searchText(EventRecord r) {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {r.event(), r.mode(), r.source(), r.dateText(),
                r.trigger() == null ? null : r.trigger().text(), r.evidence() == null ? null : r.evidence().text()}) {
            if (s != null) b.append(s).append(' ');
        }
        for (ActorRef a : new ActorRef[] {r.actor(), r.recipient(), r.attribution() == null ? null : r.attribution().claimant()}) {
            if (a == null) continue;
            for (String s : new String[] {a.text(), a.name(), a.country(), a.org()}) if (s != null) b.append(s).append(' ');
        }
        if (r.location() != null) {
            for (String s : new String[] {r.location().text(), r.location().name(), r.location().admin1()}) {
                if (s != null) b.append(s).append(' ');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
