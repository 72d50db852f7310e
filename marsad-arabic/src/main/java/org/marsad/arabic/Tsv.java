package org.marsad.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled TSV data files: '#' starts a comment line, blank lines are skipped. */
public final class Tsv {
    public record Row(int line, String[] cols) {
        public String col(int i) { return i < cols.length ? cols[i].trim() : ""; }
    }

    private Tsv() {}

    /** Reads a classpath resource relative to {@code owner}; a missing file is a packaging bug. */
    public static List<Row> resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing bundled data file " + name + " next to " + owner.getName());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of each row of a bundled resource, split on tabs. */
    public static List<String[]> fields(Class<?> owner, String name) {
        List<String[]> out = new ArrayList<>();
        for (Row row : resource(owner, name)) out.add(row.cols());
        return out;
    }

    public static List<Row> read(BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(new Row(n, line.split("\t", -1)));
        }
        return rows;
    }
}
