package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.marsad.merge.DocumentTexts;
import org.marsad.merge.EventMerger;
import org.marsad.merge.JsonlMerge;
import org.marsad.merge.MergeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge article-level event records (JSON Lines) into one record per real-world event.")
final class MergeCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Article-level records, JSON Lines (plain or .gz).")
    Path input;

    @Option(names = "--output", description = "Where to write merged events (default: standard output).")
    Path output;

    @Option(names = "--radius-km", description = "Places further apart than this are different events (default: ${DEFAULT-VALUE}).",
            defaultValue = "50")
    double radiusKm;

    @Option(names = "--window-days", description = "Dates further apart than this are different events (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int windowDays;

    @Option(names = "--docs", description = "The source documents (JSON Lines): find copies from full texts instead of evidence.")
    Path docs;

    @Override
    public Integer call() throws IOException {
        MergeConfig config = MergeConfig.DEFAULT.withRadiusKm(radiusKm).withDateWindowDays(windowDays);
        Map<String, String> clusters = docs == null ? null : DocumentTexts.copyClusters(docs, null, config);
        JsonlMerge merge = new JsonlMerge(new EventMerger(config));
        JsonlMerge.Result result;
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             Writer w = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            result = merge.run(reader, w, clusters);
        }
        for (JsonlMerge.BadLine b : result.badLines()) System.err.println("marsad merge: " + input + ": skipped " + b);
        System.err.printf("marsad merge: %d records -> %d events, %d bad lines%n",
                result.records(), result.events(), result.badLines().size());
        return result.badLines().isEmpty() ? 0 : 1;
    }
}
