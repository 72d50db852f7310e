package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Arabic news in, PLOVER political event records out.",
        subcommands = {ExtractCommand.class, EvalCommand.class, MergeCommand.class, IngestCommand.class, ServeCommand.class,
                RecodeCommand.class, ExplainCommand.class, NerCommand.class, TrainNerCommand.class, BenchCommand.class, DemoCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
