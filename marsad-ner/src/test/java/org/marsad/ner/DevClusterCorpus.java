package org.marsad.ner;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.marsad.core.Token;

/**
 * Development tool (not a test), first step of {@code tools/ner/build_clusters.sh}: writes the
 * unlabelled news text as one line of word keys per paragraph, each Arabic word reduced to the
 * core the recogniser looks clusters up by ({@link WordView#coreOf}) and marked with a leading
 * {@code +} when the article was attached, numbers as {@code <D>},
 * Latin words as {@code <L>}, punctuation as itself.
 * Arguments: JSONL.GZ (field {@code text}) OUT.txt.gz
 */
public final class DevClusterCorpus {
    public static void main(String[] args) throws Exception {
        long[] tokens = {0}, lines = {0};
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            DevNews.forEachArticle(Path.of(args[0]), paragraphs -> {
                for (List<Token> paragraph : paragraphs) {
                    StringBuilder sb = new StringBuilder();
                    for (Token t : paragraph) {
                        String key = switch (t.kind()) {
                            case WORD -> (WordView.articleLength(t.norm()) > 0 ? "+" : "") + WordView.coreOf(t.norm());
                            case NUMBER -> "<D>";
                            case LATIN -> "<L>";
                            default -> t.norm().isBlank() ? null : t.norm();
                        };
                        if (key == null || key.isEmpty()) continue;
                        if (sb.length() > 0) sb.append(' ');
                        sb.append(key);
                        tokens[0]++;
                    }
                    if (sb.length() == 0) continue;
                    out.write(sb.toString());
                    out.write('\n');
                    lines[0]++;
                }
            });
        }
        System.err.printf("%d tokens in %d paragraphs%n", tokens[0], lines[0]);
    }
}
