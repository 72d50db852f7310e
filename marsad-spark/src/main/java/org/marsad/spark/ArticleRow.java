package org.marsad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.marsad.core.Document;
import org.marsad.core.io.InputError;

/**
 * One input item on its way to the extractors: a document's given fields (Document itself is
 * not serializable and carries annotation layers), or a read error for the place it came from.
 */
public final class ArticleRow implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String id, text, title, date, source, url, origin;
    /** Non-null when this item is a read error rather than a document. */
    public final String error;

    private ArticleRow(String id, String text, String title, String date, String source, String url, String origin, String error) {
        this.id = id;
        this.text = text;
        this.title = title;
        this.date = date;
        this.source = source;
        this.url = url;
        this.origin = origin;
        this.error = error;
    }

    public static ArticleRow of(Document d) {
        return new ArticleRow(d.id(), d.text(), d.title(), d.date() == null ? null : d.date().toString(), d.source(), d.url(),
                d.origin(), null);
    }

    public static ArticleRow of(Document d, String origin) {
        return new ArticleRow(d.id(), d.text(), d.title(), d.date() == null ? null : d.date().toString(), d.source(), d.url(),
                origin, null);
    }

    public static ArticleRow error(InputError e) {
        return new ArticleRow(null, null, null, null, null, null, e.origin(), e.reason());
    }

    public boolean isError() { return error != null; }

    /** A fresh document, as the plain reader would have made it. */
    public Document toDocument() {
        return new Document(id, text, title, date == null ? null : LocalDate.parse(date), source, url, origin);
    }
}
