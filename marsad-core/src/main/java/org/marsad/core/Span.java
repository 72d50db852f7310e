package org.marsad.core;

/** A half-open range [start, end) of UTF-16 code units in a document's text. */
public interface Span {
    int start();
    int end();

    default boolean overlaps(Span other) { return start() < other.end() && other.start() < end(); }
    default boolean contains(Span other) { return start() <= other.start() && other.end() <= end(); }
    default int length() { return end() - start(); }
}
