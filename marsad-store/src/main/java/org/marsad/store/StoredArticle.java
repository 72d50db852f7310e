package org.marsad.store;

import java.time.LocalDate;
import org.marsad.core.Document;

/** An article row: what is needed to show it and to extract it again. */
public record StoredArticle(String hash, String docId, String source, String url, LocalDate published, String title,
                            String text, String engine) {
    public Document toDocument() {
        return new Document(docId, text, title, published, source, url, "store:" + hash);
    }
}
