package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Not available yet.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad demo: not available yet");
        return 2;
    }
}
