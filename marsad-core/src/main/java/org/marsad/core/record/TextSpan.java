package org.marsad.core.record;

/** A span of the document text with its content, for triggers and evidence. */
public record TextSpan(int start, int end, String text) {}
