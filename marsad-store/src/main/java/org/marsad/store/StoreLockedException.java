package org.marsad.store;

/** Another process (usually {@code marsad serve}) holds the database: DuckDB allows one writer. */
public final class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
