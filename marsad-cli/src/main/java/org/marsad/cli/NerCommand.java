package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ner", description = "Not available yet.")
final class NerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad ner: not available yet");
        return 2;
    }
}
