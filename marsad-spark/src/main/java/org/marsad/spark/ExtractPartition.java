package org.marsad.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.Extractor;

/**
 * Extraction of one partition, lazily, document by document, with the executor's shared
 * extractor. As on the command line, documents that are not mainly Arabic are skipped and a
 * document the engine fails on is reported and passed over, so one bad article never fails
 * a long job.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<ArticleRow>, ExtractionOutput> {
    private static final long serialVersionUID = 1L;

    private final ExtractorFactory factory;
    private final double minArabicShare;

    ExtractPartition(ExtractorFactory factory, double minArabicShare) {
        this.factory = factory;
        this.minArabicShare = minArabicShare;
    }

    @Override
    public Iterator<ExtractionOutput> call(Iterator<ArticleRow> rows) {
        Extractor extractor = ExtractorHolder.get(factory);
        Deque<ExtractionOutput> buffer = new ArrayDeque<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && rows.hasNext()) extract(extractor, rows.next(), buffer);
                return !buffer.isEmpty();
            }

            @Override
            public ExtractionOutput next() {
                if (!hasNext()) throw new NoSuchElementException();
                return buffer.poll();
            }
        };
    }

    void extract(Extractor extractor, ArticleRow row, Deque<ExtractionOutput> out) {
        if (row.isError()) {
            out.add(new ExtractionOutput(ExtractionOutput.Kind.ERROR, row.origin + ": " + row.error));
            return;
        }
        if (ArabicNormalizer.arabicShare(row.text) < minArabicShare) {
            out.add(new ExtractionOutput(ExtractionOutput.Kind.SKIPPED, row.origin + ": not mainly Arabic text"));
            return;
        }
        List<EventRecord> records;
        try {
            records = extractor.extract(row.toDocument());
        } catch (RuntimeException | StackOverflowError e) {
            out.add(new ExtractionOutput(ExtractionOutput.Kind.ERROR, row.origin + ": extraction failed: " + e));
            return;
        }
        out.add(new ExtractionOutput(ExtractionOutput.Kind.DOCUMENT, row.id));
        for (EventRecord r : records) out.add(new ExtractionOutput(ExtractionOutput.Kind.RECORD, RecordJson.write(r)));
    }
}
