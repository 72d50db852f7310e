package org.marsad.core.io;

/** Turns an HTML page into its article text; offsets of records refer to that text. */
public interface HtmlTextExtractor {
    record Page(String title, String text) {}

    Page extract(String html);
}
