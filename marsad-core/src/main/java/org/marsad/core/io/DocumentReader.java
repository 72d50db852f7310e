package org.marsad.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
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
    /**
     * Text and HTML files, and JSON lines, above this size are refused rather than read into
     * memory: a document is analysed whole, and one this big already needs most of a 1 GB heap.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Jackson refuses strings over 20 M characters by default; a document may be as long as a file. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_FILE_BYTES).build())
            .build());

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
            String text = Utf8.decodeStrict(bytes);
            if (text.isBlank()) {
                sink.error(new InputError(f.toString(), size == 0 ? "empty file" : "no text, only white space"));
                return true;
            }
            String id = baseName(f);
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                if (html == null) {
                    sink.error(new InputError(f.toString(), "HTML input needs an HTML extractor"));
                    return true;
                }
                HtmlTextExtractor.Page page = html.extract(text);
                if (page.text().isBlank()) {
                    sink.error(new InputError(f.toString(), "HTML page without article text"));
                    return true;
                }
                return sink.accept(new Document(id, page.text(), page.title(), null, null, null, f.toString()));
            }
            return sink.accept(new Document(id, text, null, null, null, null, f.toString()));
        } catch (MalformedTextException e) {
            sink.error(new InputError(f.toString(), e.getMessage()));
        } catch (CharacterCodingException e) {
            sink.error(new InputError(f.toString(), "not valid UTF-8 text"));
        } catch (IOException e) {
            sink.error(new InputError(f.toString(), "cannot read: " + e.getMessage()));
        }
        return true;
    }

    private boolean readJsonLines(Path f, DocumentSink sink) {
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return readJsonLines(f.toString(), in, sink);
        } catch (IOException e) {
            sink.error(new InputError(f.toString(), "cannot read: " + e.getMessage()));
        }
        return true;
    }

    /**
     * Reads JSON Lines from bytes, one line at a time: a line that is not valid UTF-8, not JSON,
     * or longer than {@link #MAX_FILE_BYTES} is reported with its number and skipped, and the
     * lines after it are still read. {@code name} is used in error messages.
     */
    public boolean readJsonLines(String name, InputStream in, DocumentSink sink) throws IOException {
        LineInput lines = new LineInput(in, (int) MAX_FILE_BYTES);
        int lineNo = 0;
        byte[] line;
        while ((line = lines.next()) != null) {
            lineNo++;
            String origin = name + ":" + lineNo;
            if (lines.lastWasTooLong()) {
                sink.error(new InputError(origin, "line longer than the limit of " + MAX_FILE_BYTES + " bytes"));
                continue;
            }
            String text;
            try {
                text = Utf8.decodeLine(line, lineNo == 1);
            } catch (CharacterCodingException e) {
                sink.error(new InputError(origin, "not valid UTF-8 text"));
                continue;
            }
            if (text.isBlank()) continue;
            Document doc;
            try {
                doc = parseJsonLine(text, origin);
            } catch (IllegalArgumentException e) {
                sink.error(new InputError(origin, e.getMessage()));
                continue;
            }
            if (!sink.accept(doc)) return false;
        }
        return true;
    }

    /** Reads JSON Lines from a reader; {@code name} is used in error messages. */
    public boolean readJsonLines(String name, BufferedReader reader, DocumentSink sink) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
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
        } catch (IOException | RuntimeException e) {
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
