package org.marsad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.core.io.DocumentReader;

/** A quick count of the documents in the inputs (lines of JSON Lines, one per other file), for a progress bar. */
public final class InputSize {
    private InputSize() {}

    /** The number of documents, or 0 when it cannot be told. */
    public static long documents(List<Path> inputs) {
        long n = 0;
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    n += walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).mapToLong(InputSize::ofFile).sum();
                } catch (IOException e) {
                    return 0;
                }
            } else if (Files.isRegularFile(p)) {
                n += ofFile(p);
            }
        }
        return n;
    }

    private static long ofFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json"))) return 1;
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
