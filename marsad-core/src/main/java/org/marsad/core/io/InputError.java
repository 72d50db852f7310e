package org.marsad.core.io;

/** A document or file that could not be read: where, and why, in words a user can act on. */
public record InputError(String origin, String reason) {
    @Override
    public String toString() { return origin + ": " + reason; }
}
