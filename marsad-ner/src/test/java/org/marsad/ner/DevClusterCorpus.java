package org.marsad.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.arabic.Tokenizer;
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
        ObjectMapper json = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        long tokens = 0, lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode text = json.readTree(line).get("text");
                if (text == null) continue;
                for (String para : text.asText().split("\n")) {
                    StringBuilder sb = new StringBuilder();
                    for (Token t : tokenizer.tokenize(para, 0, para.length(), 0)) {
                        String key = switch (t.kind()) {
                            case WORD -> (WordView.articleLength(t.norm()) > 0 ? "+" : "") + WordView.coreOf(t.norm());
                            case NUMBER -> "<D>";
                            case LATIN -> "<L>";
                            default -> t.norm().isBlank() ? null : t.norm();
                        };
                        if (key == null || key.isEmpty()) continue;
                        if (sb.length() > 0) sb.append(' ');
                        sb.append(key);
                        tokens++;
                    }
                    if (sb.length() == 0) continue;
                    out.write(sb.toString());
                    out.write('\n');
                    lines++;
                }
            }
        }
        System.err.printf("%d tokens in %d paragraphs%n", tokens, lines);
    }
}
