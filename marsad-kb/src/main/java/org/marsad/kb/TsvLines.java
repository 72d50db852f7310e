package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a TSV file: skips blank lines and '#' comments; each row keeps its line number. */
final class TsvLines {
    record Row(String file, int line, String[] cells) {
        String cell(int i) { return i < cells.length ? cells[i].trim() : ""; }

        KbFormatException error(String reason) { return new KbFormatException(file, line, reason); }
    }

    private TsvLines() {}

    static List<Row> read(String file, InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(new Row(file, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    static List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
