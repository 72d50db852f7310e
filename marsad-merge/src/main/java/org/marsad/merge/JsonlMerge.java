package org.marsad.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;

/** Reads article-level records as JSON Lines, merges them, writes merged events one per line. */
public final class JsonlMerge {
    /** A line that could not be read as a record, 1-based. */
    public record BadLine(long line, String reason) {
        @Override
        public String toString() { return "line " + line + ": " + reason; }
    }

    /** What a run read and wrote. */
    public record Result(long records, long events, List<BadLine> badLines) {}

    private final EventMerger merger;

    public JsonlMerge(EventMerger merger) {
        this.merger = merger;
    }

    /** Records of a JSON Lines file (plain or .gz); unreadable lines go to {@code bad}. */
    public static List<EventRecord> read(Path input, List<BadLine> bad) throws IOException {
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), bad);
        }
    }

    public static List<EventRecord> read(BufferedReader reader, List<BadLine> bad) throws IOException {
        List<EventRecord> out = new ArrayList<>();
        long n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank()) continue;
            try {
                EventRecord r = RecordJson.read(line);
                if (r == null || r.id() == null) bad.add(new BadLine(n, "record without an id"));
                else out.add(r);
            } catch (RuntimeException e) {
                String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                bad.add(new BadLine(n, firstLine(msg)));
            }
        }
        return out;
    }

    /** Merges the records read from {@code reader} and writes the events; copy clusters may be null. */
    public Result run(BufferedReader reader, Writer out, Map<String, String> copyClusters) throws IOException {
        List<BadLine> bad = new ArrayList<>();
        List<EventRecord> records = read(reader, bad);
        List<MergedEvent> events = copyClusters == null ? merger.merge(records) : merger.merge(records, copyClusters);
        for (MergedEvent e : events) {
            out.write(RecordJson.write(e));
            out.write('\n');
        }
        out.flush();
        return new Result(records.size(), events.size(), bad);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable line";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
