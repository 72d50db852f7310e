package org.marsad.spark;

import java.util.Locale;

/** The input formats the job reads, told apart by file name as the command line does. */
public enum InputKind {
    /** JSON Lines, one document object a line ({@code id}, {@code text}, optional date, title, source, url); gzip allowed. */
    JSONL,
    /** Web archives: HTML (and plain text) responses and resources become documents; gzip allowed. */
    WARC,
    /** A plain text file is one document, its id the file name. */
    TEXT,
    /** An HTML page is one document: its article text. */
    HTML;

    /** The kind for a file name, or null when a directory listing should pass the file over. */
    public static InputKind of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".json") || n.endsWith(".json.gz")) return JSONL;
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return WARC;
        if (n.endsWith(".html") || n.endsWith(".htm")) return HTML;
        if (n.endsWith(".txt")) return TEXT;
        return null;
    }
}
