package org.marsad.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small web archives for tests. */
final class TestWarc {
    private TestWarc() {}

    record Page(String uuid, String url, Instant date, int status, String html) {
        static Page ok(String url, String date, String html) {
            return new Page(UUID.randomUUID().toString(), url, Instant.parse(date), 200, html);
        }
    }

    static void write(Path file, boolean gzip, Page... pages) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (Page p : pages) {
                writer.write(new WarcRequest.Builder(URI.create(p.url())).date(p.date())
                        .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: " + URI.create(p.url()).getHost() + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII)).build());
                HttpResponse http = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse("text/html; charset=utf-8"), p.html().getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder(URI.create(p.url())).recordId(URI.create("urn:uuid:" + p.uuid()))
                        .date(p.date()).body(http).build());
            }
        }
    }

    static void writeResource(Path file, String uuid, String url, String date, String text) throws IOException {
        try (WarcWriter writer = new WarcWriter(file)) {
            writer.write(new WarcResource.Builder(URI.create(url)).recordId(URI.create("urn:uuid:" + uuid))
                    .date(Instant.parse(date)).body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build());
        }
    }
}
