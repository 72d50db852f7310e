package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;

/** Flat CSV (RFC 4180) of the record fields analysts filter on most. */
final class CsvRecordWriter implements ExtractCommand.RecordWriter {
    static final String HEADER = "id,doc_id,source,url,published,event,mode,cameo,quad,context,date,date_precision,date_source,"
            + "actor_text,actor_country,actor_org,actor_sector,recipient_text,recipient_country,recipient_org,recipient_sector,"
            + "location_text,location_name,location_country,lat,lon,location_precision,dead,injured,arrested,participants,"
            + "claimant_text,claimant_country,claimant_org,hedged,verified,historical,trigger_start,trigger_end,trigger_text,"
            + "evidence_text,confidence,engine";

    private final Writer w;
    private boolean headerWritten;

    CsvRecordWriter(Writer w) { this.w = w; }

    @Override
    public void write(EventRecord r) {
        try {
            if (!headerWritten) {
                w.write(HEADER);
                w.write("\r\n");
                headerWritten = true;
            }
            List<Object> f = new ArrayList<>();
            f.add(r.id()); f.add(r.docId()); f.add(r.source()); f.add(r.url()); f.add(r.published());
            f.add(r.event()); f.add(r.mode()); f.add(r.cameo()); f.add(r.quad()); f.add(r.context() == null ? null : String.join(";", r.context())); f.add(r.date());
            f.add(r.datePrecision()); f.add(r.dateSource());
            actor(f, r.actor());
            actor(f, r.recipient());
            PlaceRef p = r.location();
            f.add(p == null ? null : p.text()); f.add(p == null ? null : p.name()); f.add(p == null ? null : p.country());
            f.add(p == null ? null : p.lat()); f.add(p == null ? null : p.lon()); f.add(p == null ? null : p.precision());
            f.add(r.size() == null ? null : r.size().dead()); f.add(r.size() == null ? null : r.size().injured());
            f.add(r.size() == null ? null : r.size().arrested()); f.add(r.size() == null ? null : r.size().participants());
            ActorRef c = r.attribution() == null ? null : r.attribution().claimant();
            f.add(c == null ? null : c.text()); f.add(c == null ? null : c.country()); f.add(c == null ? null : c.org());
            f.add(r.attribution() == null ? null : r.attribution().hedged());
            f.add(r.attribution() == null ? null : r.attribution().verified());
            f.add(r.status() == null ? null : r.status().historical());
            f.add(r.trigger() == null ? null : r.trigger().start()); f.add(r.trigger() == null ? null : r.trigger().end());
            f.add(r.trigger() == null ? null : r.trigger().text());
            f.add(r.evidence() == null ? null : r.evidence().text());
            f.add(r.confidence()); f.add(r.engine());
            for (int i = 0; i < f.size(); i++) {
                if (i > 0) w.write(',');
                w.write(escape(f.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void actor(List<Object> f, ActorRef a) {
        f.add(a == null ? null : a.text()); f.add(a == null ? null : a.country());
        f.add(a == null ? null : a.org()); f.add(a == null ? null : a.sector());
    }

    static String escape(Object v) {
        if (v == null) return "";
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
