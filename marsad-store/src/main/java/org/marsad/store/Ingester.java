package org.marsad.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.Extractor;
import org.marsad.merge.EventMerger;

/**
 * Reads documents, extracts those not stored yet (by content hash) on a thread pool and stores
 * each with its records in one transaction, in input order. Stopping at any point loses
 * nothing stored and a rerun picks up where it stopped; merged events are recomputed at the end.
 */
public final class Ingester {
    /** Documents whose letters are less Arabic than this are skipped, as {@code extract} does. */
    public static final double MIN_ARABIC_SHARE = 0.5;

    private final EventStore store;
    private final Extractor extractor;
    private final EventMerger merger;
    private final int threads;
    private final Progress progress;

    public Ingester(EventStore store, Extractor extractor, EventMerger merger, int threads, Progress progress) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
        this.threads = Math.max(1, threads);
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /** Counts of one run. */
    public static final class Summary {
        public long read, stored, alreadyStored, skipped, failed, events, merged;
        final long startNanos = System.nanoTime();

        public double seconds() { return (System.nanoTime() - startNanos) / 1e9; }

        @Override
        public String toString() {
            return String.format("documents read: %d, stored: %d, already stored: %d, skipped (not Arabic): %d, failed: %d, "
                    + "events stored: %d, merged events: %d, time: %.1f s", read, stored, alreadyStored, skipped, failed,
                    events, merged, seconds());
        }
    }

    private record Job(Document document, String hash, Future<List<EventRecord>> records) {}

    public Summary ingest(List<Path> inputs, DocumentReader reader) {
        return run(sink -> {
            for (Path p : inputs) if (!reader.read(p, sink)) break;
        });
    }

    /** Ingests documents from any source: {@code source} feeds them to the sink it is given. */
    public Summary run(java.util.function.Consumer<DocumentSink> source) {
        Summary s = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-ingest");
            t.setDaemon(true);
            return t;
        });
        Deque<Job> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        int window = threads * 8;
        try {
            source.accept(new DocumentSink() {
                @Override
                public boolean accept(Document d) {
                    s.read++;
                    String hash = ContentHash.of(d);
                    if (!seen.add(hash) || store.hasArticle(hash)) {
                        s.alreadyStored++;
                        progress.update(s);
                        return true;
                    }
                    if (ArabicNormalizer.arabicShare(d.text()) < MIN_ARABIC_SHARE) {
                        s.skipped++;
                        progress.message("skipped " + d.origin() + ": not mainly Arabic text");
                        return true;
                    }
                    pending.add(new Job(d, hash, pool.submit(() -> extractor.extract(d))));
                    while (pending.size() >= window) store(pending.poll(), s);
                    return true;
                }

                @Override
                public void error(InputError error) {
                    s.failed++;
                    progress.message("error: " + error);
                }
            });
            while (!pending.isEmpty()) store(pending.poll(), s);
        } finally {
            pool.shutdownNow();
        }
        if (s.stored > 0 || store.count("merged_events") == 0 && store.count("events") > 0) s.merged = store.rebuildMerged(merger);
        else s.merged = store.count("merged_events");
        progress.done(s);
        return s;
    }

    private void store(Job job, Summary s) {
        List<EventRecord> records;
        try {
            records = job.records().get();
        } catch (ExecutionException e) {
            s.failed++;
            progress.message("error: " + job.document().origin() + ": extraction failed: " + e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (store.addArticle(job.document(), records, extractor.version())) {
            s.stored++;
            s.events += records.size();
        } else {
            s.alreadyStored++;
        }
        progress.update(s);
    }

    /** Where progress goes: a bar on a terminal, nothing in tests. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override public void update(Summary s) {}
            @Override public void message(String m) {}
            @Override public void done(Summary s) {}
        };

        void update(Summary s);

        void message(String m);

        void done(Summary s);
    }

    /** A progress bar on a stream (stderr), redrawn at most ten times a second. */
    public static final class BarProgress implements Progress {
        private final PrintStream out;
        private final long total;
        private long lastDraw;

        /** {@code total} documents expected, or 0 when unknown. */
        public BarProgress(PrintStream out, long total) {
            this.out = out;
            this.total = total;
        }

        @Override
        public void update(Summary s) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L) return;
            lastDraw = now;
            draw(s);
        }

        private void draw(Summary s) {
            long done = s.read;
            String bar = "";
            if (total > 0) {
                int width = 30;
                int filled = (int) Math.min(width, width * done / total);
                bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " ";
            } else {
                bar = done + " documents ";
            }
            out.print("\r" + bar + String.format("stored %d, events %d, %.1f documents/s ", s.stored, s.events,
                    s.read / Math.max(1e-9, s.seconds())));
            out.flush();
        }

        @Override
        public void message(String m) {
            out.print("\r");
            out.println("marsad: " + m);
        }

        @Override
        public void done(Summary s) {
            draw(s);
            out.println();
        }
    }
}
