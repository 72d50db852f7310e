package org.marsad.core;

/**
 * A sentence: its span in the text, the index of its first token and one past its last,
 * and the paragraph it belongs to (paragraphs are separated by line breaks).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) implements Span {
    public int tokenCount() { return endToken - firstToken; }
}
