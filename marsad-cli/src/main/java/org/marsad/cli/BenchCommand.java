package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.engine.MarsadEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline over a corpus and report articles/s, tokens/s, time per stage and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--input", required = true, description = "Corpus: JSON Lines (plain or gzipped), text files or a directory.")
    Path input;

    @Option(names = "--limit", defaultValue = "10000", description = "Documents to process (default: ${DEFAULT-VALUE}; 0: all).")
    long limit;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        MarsadEngine engine = knowledge.engine();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AtomicLong tokens = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        ExtractRun run = new ExtractRun(engine, Readers.documentReader(), t, limit, System.err, true);
        ExtractRun.Summary s = run.run(List.of(input), r -> {
            tokens.addAndGet(r.document().tokens().size());
            chars.addAndGet(r.document().text().length());
        });
        double secs = s.seconds();
        System.out.printf("threads: %d%n", t);
        System.out.printf("knowledge and models loaded in %.2f s%n", loadSeconds);
        System.out.printf("documents: %d (failed %d, skipped %d), events: %d%n", s.documents, s.failed, s.skipped, s.events);
        System.out.printf("time: %.2f s, articles/s: %.1f, tokens/s: %.0f, characters/s: %.0f%n", secs, s.documents / secs,
                tokens.get() / secs, chars.get() / secs);
        long total = 0;
        for (Object[] st : engine.pipeline().stageTimes()) total += (Long) st[1];
        long coding = engine.codingNanos();
        total += coding;
        for (Object[] st : engine.pipeline().stageTimes()) {
            System.out.printf("  stage %-10s %5.1f %%%n", st[0], 100.0 * (Long) st[1] / Math.max(1, total));
        }
        System.out.printf("  stage %-10s %5.1f %%%n", "coding", 100.0 * coding / Math.max(1, total));
        System.out.printf("peak heap: %d MB (max heap %d MB)%n", peakHeap() / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20));
        return s.failed > 0 ? 1 : 0;
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
