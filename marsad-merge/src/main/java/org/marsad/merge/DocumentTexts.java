package org.marsad.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.marsad.core.record.RecordJson;

/** Copy clusters from the full texts of a JSON Lines document file ({"id", "text", ...} per line). */
public final class DocumentTexts {
    private DocumentTexts() {}

    /** Reads the documents whose ids are in {@code wanted} (all when null) and clusters their copies. */
    public static Map<String, String> copyClusters(Path docs, Set<String> wanted, MergeConfig config) throws IOException {
        CopyDetector detector = new CopyDetector(config);
        try (InputStream raw = Files.newInputStream(docs);
             InputStream in = docs.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = RecordJson.MAPPER.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                String id = n.path("id").asText(null), text = n.path("text").asText(null);
                if (id != null && text != null && (wanted == null || wanted.contains(id))) detector.add(id, text);
            }
        }
        return detector.clusters();
    }
}
