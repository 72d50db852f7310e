package org.marsad.core.io;

import java.nio.charset.CharacterCodingException;

/** Bytes that are not text in a supported encoding, with where and why in words a user can act on. */
public final class MalformedTextException extends CharacterCodingException {
    private final String reason;

    public MalformedTextException(String reason) {
        this.reason = reason;
    }

    @Override
    public String getMessage() { return reason; }
}
