package org.marsad.spark;

import java.io.Serializable;

/** What extraction made of one input item: a document seen, a record, a skipped document or an error. */
public final class ExtractionOutput implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Kind { DOCUMENT, RECORD, SKIPPED, ERROR }

    public final Kind kind;
    /** The record's JSON for RECORD, "origin: reason" for ERROR and SKIPPED, the document id for DOCUMENT. */
    public final String value;

    ExtractionOutput(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    public boolean is(Kind k) { return kind == k; }
}
