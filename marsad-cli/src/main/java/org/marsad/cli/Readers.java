package org.marsad.cli;

import org.marsad.core.io.DocumentReader;

/** The document reader every command uses, so all read the same formats the same way. */
final class Readers {
    private Readers() {}

    static DocumentReader documentReader() {
        return new DocumentReader();
    }
}
