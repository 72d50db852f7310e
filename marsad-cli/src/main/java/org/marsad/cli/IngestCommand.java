package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest", description = "Not available yet.")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad ingest: not available yet");
        return 2;
    }
}
