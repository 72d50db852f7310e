package org.marsad.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.core.Document;

/**
 * Reads documents from text files, HTML pages, JSON Lines (plain or gzipped) and directories
 * of them, streaming: one document at a time reaches the sink. A broken file or line is
 * reported to the sink and skipped; the rest are read.
 */
public class DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text and HTML files above this size are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final HtmlTextExtractor html;

    public DocumentReader() {
        this(null);
    }

    public DocumentReader(HtmlTextExtractor html) {
        this.html = html;
    }

    /** Reads a file or a directory (recursively, in name order). Returns false if the sink asked to stop. */
    public boolean read(Path path, DocumentSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                sink.error(new InputError(path.toString(), "cannot list directory: " + e.getMessage()));
                return true;
            }
            for (Path f : files) {
                if (!isSupported(f)) continue;
                if (!readFile(f, sink)) return false;
            }
            return true;
        }
        if (!Files.exists(path)) {
            sink.error(new InputError(path.toString(), "no such file or directory"));
            return true;
        }
        return readFile(path, sink);
    }

    public static boolean isSupported(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".json")
                || n.endsWith(".html") || n.endsWith(".htm");
    }

    private boolean readFile(Path f, DocumentSink sink) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".json")) return readJsonLines(f, sink);
        try {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                sink.error(new InputError(f.toString(), "file of " + size + " bytes is larger than the limit of " + MAX_FILE_BYTES));
                return true;
            }
            byte[] bytes = Files.readAllBytes(f);
            if (Utf8.looksBinary(bytes)) {
                sink.error(new InputError(f.toString(), "binary file, not text"));
                return true;
            }
            String text = Utf8.decodeStrict(bytes);
            String id = baseName(f);
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                if (html == null) {
                    sink.error(new InputError(f.toString(), "HTML input needs an HTML extractor"));
                    return true;
                }
                HtmlTextExtractor.Page page = html.extract(text);
                return sink.accept(new Document(id, page.text(), page.title(), null, null, null, f.toString()));
            }
            return sink.accept(new Document(id, text, null, null, null, null, f.toString()));
        } catch (CharacterCodingException e) {
            sink.error(new InputError(f.toString(), "not valid UTF-8 text"));
        } catch (IOException e) {
            sink.error(new InputError(f.toString(), "cannot read: " + e.getMessage()));
        }
        return true;
    }

    private boolean readJsonLines(Path f, DocumentSink sink) {
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            return readJsonLines(f.toString(), reader, sink);
        } catch (CharacterCodingException e) {
            sink.error(new InputError(f.toString(), "not valid UTF-8 text; stopped reading this file"));
        } catch (IOException e) {
            sink.error(new InputError(f.toString(), "cannot read: " + e.getMessage()));
        }
        return true;
    }

    /** Reads JSON Lines from a reader; {@code name} is used in error messages. */
    public boolean readJsonLines(String name, BufferedReader reader, DocumentSink sink) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            String origin = name + ":" + lineNo;
            Document doc;
            try {
                doc = parseJsonLine(line, origin);
            } catch (IllegalArgumentException e) {
                sink.error(new InputError(origin, e.getMessage()));
                continue;
            }
            if (!sink.accept(doc)) return false;
        }
        return true;
    }

    static Document parseJsonLine(String line, String origin) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || !(id.isTextual() || id.isNumber())) throw new IllegalArgumentException("missing \"id\"");
        if (text == null || !text.isTextual()) throw new IllegalArgumentException("missing \"text\" string");
        LocalDate date = null;
        String dateText = optText(node, "date");
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.length() >= 10 ? dateText.substring(0, 10) : dateText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" is not an ISO date: " + dateText);
            }
        }
        return new Document(id.asText(), text.asText(), optText(node, "title"), date, optText(node, "source"),
                optText(node, "url"), origin);
    }

    private static String optText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
