package org.marsad.core;

/** A document took longer than its time limit: it is reported and skipped, the run goes on. */
public final class DocumentTimeout extends RuntimeException {
    public DocumentTimeout(String message) {
        super(message, null, false, false);
    }
}
