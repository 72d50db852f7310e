package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.core.io.MemoryBudget;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.Extractor;

/**
 * Reads documents, extracts them on a thread pool and hands each document's records to a
 * consumer in input order, with progress and a summary on stderr. A document that fails
 * (unreadable, not Arabic, or an engine error) is reported by name and the run goes on.
 */
public final class ExtractRun {
    /** Documents whose letters are less Arabic than this are skipped. */
    public static final double MIN_ARABIC_SHARE = 0.5;

    public record Result(Document document, List<EventRecord> records, String error) {}

    public static final class Summary {
        public long documents, events, failed, skipped;
        public long startNanos = System.nanoTime();

        public double seconds() { return (System.nanoTime() - startNanos) / 1e9; }

        @Override
        public String toString() {
            double s = seconds();
            return String.format("documents: %d, events: %d, skipped (not Arabic): %d, failed: %d, time: %.1f s (%.1f documents/s)",
                    documents, events, skipped, failed, s, s > 0 ? documents / s : 0);
        }
    }

    private final Extractor extractor;
    private final int threads;
    private final long limit;
    private final PrintStream log;
    private final DocumentReader reader;
    private final boolean progress;

    /** The default time limit of one document, in milliseconds: far above the ~10 ms a news article takes. */
    public static final long DEFAULT_DOC_TIMEOUT_MS = 60_000;
    private long docTimeoutMillis = DEFAULT_DOC_TIMEOUT_MS;

    /** Sets the time limit of one document; a document over it is reported as failed and skipped. */
    public ExtractRun withDocumentTimeout(long millis) {
        this.docTimeoutMillis = millis;
        return this;
    }

    public ExtractRun(Extractor extractor, DocumentReader reader, int threads, long limit, PrintStream log, boolean progress) {
        this.extractor = extractor;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.limit = limit;
        this.log = log;
        this.progress = progress;
    }

    public Summary run(List<Path> inputs, Consumer<Result> consumer) {
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Result>> pending = new ArrayDeque<>();
        int window = threads * 16;
        long[] read = {0};
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean accept(Document document) {
                if (limit > 0 && read[0] >= limit) return false;
                read[0]++;
                pending.add(pool.submit(() -> extractOne(document)));
                while (pending.size() >= window) drain(pending.poll(), consumer, summary);
                return limit <= 0 || read[0] < limit;
            }

            @Override
            public void error(InputError error) {
                summary.failed++;
                log.println("marsad: error: " + error);
            }
        };
        try {
            for (Path p : inputs) {
                if (!reader.read(p, sink)) break;
            }
            while (!pending.isEmpty()) drain(pending.poll(), consumer, summary);
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private Result extractOne(Document document) {
        String tooLong = MemoryBudget.refusal(document.text().length());
        if (tooLong != null) return new Result(document, null, tooLong);
        if (ArabicNormalizer.arabicShare(document.text()) < MIN_ARABIC_SHARE) return new Result(document, null, null);
        try {
            if (docTimeoutMillis > 0) document.limitTime(docTimeoutMillis);
            return new Result(document, extractor.extract(document), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(document, null, "extraction failed: " + e + where(e));
        }
    }

    /** Where an unexpected failure happened, so that a report of it can be traced to the code. */
    static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.marsad.")) return " (at " + frame + ")";
        }
        return "";
    }

    private void drain(Future<Result> future, Consumer<Result> consumer, Summary summary) {
        try {
            Result r = future.get();
            if (r.error() != null) {
                summary.failed++;
                log.println("marsad: error: " + r.document().origin() + ": " + r.error());
                return;
            }
            if (r.records() == null) {
                summary.skipped++;
                log.println("marsad: skipped " + r.document().origin() + ": not mainly Arabic text");
                return;
            }
            summary.documents++;
            summary.events += r.records().size();
            consumer.accept(r);
        } catch (ExecutionException e) {
            summary.failed++;
            Throwable cause = e.getCause();
            log.println("marsad: error: extraction failed: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (progress && (summary.documents % 1000 == 0)) {
            log.println(String.format("marsad: %d documents, %d events, %.0f documents/s", summary.documents, summary.events,
                    summary.documents / Math.max(1e-9, summary.seconds())));
        }
    }
}
