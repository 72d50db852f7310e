package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Not available yet.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad bench: not available yet");
        return 2;
    }
}
