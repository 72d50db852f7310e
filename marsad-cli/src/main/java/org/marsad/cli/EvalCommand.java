package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.MarsadEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract the dev documents and score them against gold with score_events.py.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "../shared/eval/dev/docs.jsonl") Path docs;
    @Option(names = "--gold", defaultValue = "../shared/eval/dev/gold-*.jsonl",
            description = "Gold file or glob (default: ${DEFAULT-VALUE}).") String gold;
    @Option(names = "--texts", defaultValue = "../shared/eval/dev/texts") Path texts;
    @Option(names = "--scorer", defaultValue = "../shared/eval/score_events.py") Path scorer;
    @Option(names = "--output", description = "Keep the predicted records here.") Path output;
    @Option(names = "--show-errors", description = "List misses and false alarms.") boolean showErrors;
    @Option(names = "--json", description = "Write the scores as JSON here.") Path json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path pred = output != null ? output : Files.createTempFile("marsad-eval", ".jsonl");
        ExtractRun run = new ExtractRun(MarsadEngine.load(), Readers.documentReader(), Runtime.getRuntime().availableProcessors(),
                0, System.err, false);
        try (Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            ExtractRun.Summary s = run.run(List.of(docs), r -> {
                for (EventRecord rec : r.records()) {
                    try {
                        w.write(RecordJson.write(rec));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            System.err.println("marsad eval: " + s);
        }
        List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), "--texts", texts.toString(), "--gold"));
        cmd.addAll(expandGlob(gold));
        cmd.addAll(List.of("--pred", pred.toString()));
        if (showErrors) cmd.add("--show-errors");
        if (json != null) { cmd.add("--json"); cmd.add(json.toString()); }
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        if (output == null) Files.deleteIfExists(pred);
        return rc;
    }

    static List<String> expandGlob(String pattern) throws IOException {
        Path p = Path.of(pattern);
        Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
        String name = p.getFileName().toString();
        if (!name.contains("*") && !name.contains("?")) return List.of(pattern);
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + name);
        List<String> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(f -> matcher.matches(f.getFileName())).sorted().forEach(f -> out.add(f.toString()));
        }
        if (out.isEmpty()) throw new IOException("no gold file matches " + pattern);
        return out;
    }
}
