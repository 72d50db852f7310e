package org.marsad.kb;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Document;

/** One knowledge base for all tests (loading is the slow part), and a document helper. */
final class Shared {
    static final KnowledgeBase KB = KnowledgeBase.load();
    static final ActorAnnotator ACTORS = new ActorAnnotator(KB);
    static final PlaceAnnotator PLACES = new PlaceAnnotator(KB);
    private static final TextAnalyzer TEXT = new TextAnalyzer();

    private Shared() {}

    static Document annotate(String text) {
        return annotate(text, LocalDate.of(2018, 7, 15));
    }

    static Document annotate(String text, LocalDate day) {
        Document d = new Document("t", text, null, day, null, null, null);
        TEXT.annotate(d);
        ACTORS.annotate(d);
        PLACES.annotate(d);
        return d;
    }

    static List<String[]> cases(String name) {
        InputStream in = Shared.class.getResourceAsStream("/org/marsad/kb/" + name);
        return TsvLines.read(name, in).stream().map(TsvLines.Row::cells).toList();
    }
}
