package org.marsad.store;

/** A database problem, with a message meant for the person running the command. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
