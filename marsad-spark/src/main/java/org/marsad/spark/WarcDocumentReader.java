package org.marsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.HtmlTextExtractor;
import org.marsad.core.io.InputError;
import org.marsad.engine.html.JsoupHtmlTextExtractor;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Documents from a WARC file (plain or gzipped): each successful HTML response (or HTML or
 * plain-text resource record) becomes one document whose text is the extracted article
 * text, so record offsets refer to that text. Id: the WARC record id; url: the target URI;
 * date: the capture day (UTC); source: the target host. Other records are passed over.
 */
public final class WarcDocumentReader {
    private final JsoupHtmlTextExtractor html;

    public WarcDocumentReader(JsoupHtmlTextExtractor html) {
        this.html = html;
    }

    /** Reads every record; returns false if the sink asked to stop. */
    public boolean read(InputStream in, String name, DocumentSink sink) {
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                Document doc;
                String origin = name + "@" + reader.position();
                try {
                    doc = toDocument(record, origin);
                } catch (IOException | RuntimeException e) {
                    sink.error(new InputError(origin, "unreadable WARC record: " + e.getMessage()));
                    continue;
                }
                if (doc != null && !sink.accept(doc)) return false;
            }
        } catch (IOException | RuntimeException e) {
            sink.error(new InputError(name, "cannot read WARC file: " + e.getMessage()));
        }
        return true;
    }

    private Document toDocument(WarcRecord record, String origin) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) return null;
            HttpResponse http = response.http();
            if (http.status() != 200) return null;
            return fromPayload(response, http.contentType(), http.bodyDecoded().stream(), origin);
        }
        if (record instanceof WarcResource resource) {
            return fromPayload(resource, resource.contentType(), resource.body().stream(), origin);
        }
        return null;
    }

    private Document fromPayload(WarcTargetRecord record, MediaType type, InputStream body, String origin) throws IOException {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!isHtml && !base.equals("text/plain")) return null;
        String charset = type.parameters().get("charset");
        String text, title;
        if (isHtml) {
            // jsoup honours the declared charset, else the page's own meta tag, else UTF-8.
            HtmlTextExtractor.Page page = html.extract(Jsoup.parse(body, supported(charset), record.target()));
            text = page.text();
            title = page.title();
        } else {
            Charset cs = charset == null || supported(charset) == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
            text = new String(body.readAllBytes(), cs);
            title = null;
        }
        if (text.isBlank()) return null;
        String url = record.target();
        return new Document(idOf(record.id()), text, title, record.date().atZone(ZoneOffset.UTC).toLocalDate(), hostOf(url), url,
                origin);
    }

    static String idOf(URI recordId) {
        String s = recordId.toString();
        return s.startsWith("urn:uuid:") ? s.substring("urn:uuid:".length()) : s;
    }

    private static String hostOf(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
