package org.marsad.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.Tokenizer;
import org.marsad.core.Token;

/**
 * Development helper (not a test): reads the unlabelled news (JSON Lines, gzip, field {@code text}) for
 * the tools that learn from it, one article at a time, each as its paragraphs (lines) of tokens.
 */
final class DevNews {
    private DevNews() {}

    interface ArticleConsumer {
        void accept(List<List<Token>> paragraphs) throws IOException;
    }

    /** Hands each article's non-empty paragraphs, tokenised, to the consumer; returns the number of articles. */
    static long forEachArticle(Path jsonlGz, ArticleConsumer consumer) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        long articles = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode text = json.readTree(line).get("text");
                if (text == null) continue;
                List<List<Token>> paragraphs = new ArrayList<>();
                for (String para : text.asText().split("\n")) {
                    List<Token> tokens = tokenizer.tokenize(para, 0, para.length(), 0);
                    if (!tokens.isEmpty()) paragraphs.add(tokens);
                }
                consumer.accept(paragraphs);
                articles++;
            }
        }
        return articles;
    }
}
