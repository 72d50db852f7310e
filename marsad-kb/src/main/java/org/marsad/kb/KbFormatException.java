package org.marsad.kb;

/** A malformed line in a knowledge-base file: says which file, which line and why. */
public final class KbFormatException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public KbFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String reason() { return reason; }
}
