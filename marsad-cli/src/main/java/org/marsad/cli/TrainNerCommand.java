package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "train-ner", description = "Not available yet.")
final class TrainNerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad train-ner: not available yet");
        return 2;
    }
}
