package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "recode", description = "Not available yet.")
final class RecodeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad recode: not available yet");
        return 2;
    }
}
