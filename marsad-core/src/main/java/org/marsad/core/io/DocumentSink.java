package org.marsad.core.io;

import org.marsad.core.Document;

/** Receives documents as they are read, and errors for the ones that could not be. */
public interface DocumentSink {
    /** Returns false to stop reading (e.g. a --limit was reached). */
    boolean accept(Document document);

    void error(InputError error);
}
