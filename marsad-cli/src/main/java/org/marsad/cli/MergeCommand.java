package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "merge", description = "Not available yet.")
final class MergeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad merge: not available yet");
        return 2;
    }
}
