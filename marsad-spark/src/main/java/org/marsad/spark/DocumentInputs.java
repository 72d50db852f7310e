package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.engine.html.JsoupHtmlTextExtractor;
import scala.Tuple2;

/**
 * Turns the input files into one distributed collection of documents (and read errors).
 * JSON Lines go through Spark's line reader, so a large plain file is split across tasks;
 * text, HTML and WARC files are read whole, one file per task.
 */
public final class DocumentInputs {
    private DocumentInputs() {}

    public static JavaRDD<ArticleRow> read(SparkSession spark, InputFiles files) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<ArticleRow>> parts = new ArrayList<>();
        List<String> jsonl = files.of(InputKind.JSONL);
        if (!jsonl.isEmpty()) {
            parts.add(spark.read().text(jsonl.toArray(String[]::new))
                    .select(input_file_name().as("file"), col("value"))
                    .javaRDD()
                    .flatMap(row -> fromJsonLine(row.getString(0), row.getString(1)).iterator()));
        }
        List<String> whole = new ArrayList<>();
        whole.addAll(files.of(InputKind.TEXT));
        whole.addAll(files.of(InputKind.HTML));
        whole.addAll(files.of(InputKind.WARC));
        if (!whole.isEmpty()) {
            parts.add(sc.binaryFiles(String.join(",", whole)).flatMap(file -> fromWholeFile(file).iterator()));
        }
        if (parts.isEmpty()) return sc.emptyRDD();
        JavaRDD<ArticleRow> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
        return all;
    }

    /** One JSON Lines line, parsed by the same code as the command line's reader. */
    static List<ArticleRow> fromJsonLine(String file, String line) {
        List<ArticleRow> out = new ArrayList<>(1);
        if (line.isBlank()) return out;
        try {
            new DocumentReader().readJsonLines(file, new BufferedReader(new StringReader(line)), new DocumentSink() {
                @Override
                public boolean accept(Document document) {
                    out.add(ArticleRow.of(document, file));
                    return true;
                }

                @Override
                public void error(InputError error) {
                    // The line number within a split is not known here: name the file only.
                    out.add(ArticleRow.error(new InputError(file, error.reason())));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<ArticleRow> fromWholeFile(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        String name = new Path(path).getName();
        InputKind kind = InputKind.of(name);
        List<ArticleRow> out = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public boolean accept(Document document) {
                out.add(ArticleRow.of(document));
                return true;
            }

            @Override
            public void error(InputError error) {
                out.add(ArticleRow.error(error));
            }
        };
        JsoupHtmlTextExtractor html = new JsoupHtmlTextExtractor();
        if (kind == InputKind.WARC) {
            try (InputStream in = file._2().open()) {
                new WarcDocumentReader(html).read(in, path, sink);
            } catch (IOException e) {
                sink.error(new InputError(path, "cannot read: " + e.getMessage()));
            }
        } else {
            WholeFileDocuments.read(path, name, file._2().toArray(), kind == InputKind.HTML, html, sink);
        }
        return out;
    }
}
