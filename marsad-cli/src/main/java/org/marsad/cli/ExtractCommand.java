package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.MarsadEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract event records from text files, HTML pages or JSON Lines documents (plain or gzipped).")
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    enum Format { jsonl, csv }

    @Option(names = "--input", required = true, split = ",", description = "File or directory to read (repeatable).")
    List<Path> inputs;

    @Option(names = "--output", description = "Where to write records (default: standard output).")
    Path output;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", defaultValue = "0", description = "Stop after this many documents (0: all).")
    long limit;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Option(names = "--doc-timeout", defaultValue = "60",
            description = "Seconds one document may take; a document over it is reported and skipped (0: no limit; default: ${DEFAULT-VALUE}).")
    long docTimeoutSeconds;

    @Override
    public Integer call() throws IOException {
        MarsadEngine engine = knowledge.engine();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ExtractRun run = new ExtractRun(engine, Readers.documentReader(), t, limit, System.err, !quiet && output != null)
                .withDocumentTimeout(docTimeoutSeconds * 1000);
        try (Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            RecordWriter writer = format == Format.csv ? new CsvRecordWriter(w) : new JsonlRecordWriter(w);
            ExtractRun.Summary summary = run.run(inputs, r -> {
                for (EventRecord rec : r.records()) writer.write(rec);
            });
            w.flush();
            System.err.println("marsad extract: " + summary);
            return summary.failed > 0 ? 1 : 0;
        }
    }

    interface RecordWriter {
        void write(EventRecord r);
    }

    static final class JsonlRecordWriter implements RecordWriter {
        private final Writer w;

        JsonlRecordWriter(Writer w) { this.w = w; }

        @Override
        public void write(EventRecord r) {
            try {
                w.write(RecordJson.write(r));
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
