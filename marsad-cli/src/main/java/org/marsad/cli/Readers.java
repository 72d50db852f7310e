package org.marsad.cli;

import org.marsad.core.io.DocumentReader;
import org.marsad.engine.html.JsoupHtmlTextExtractor;

/** The document reader every command uses, so all read the same formats the same way (HTML pages included). */
final class Readers {
    private Readers() {}

    static DocumentReader documentReader() {
        return new DocumentReader(new JsoupHtmlTextExtractor());
    }
}
