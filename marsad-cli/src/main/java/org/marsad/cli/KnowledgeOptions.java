package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.MarsadEngine;
import org.marsad.kb.KbFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --kb FILE} option shared by the commands that extract: the user's own actors and places. */
final class KnowledgeOptions {
    @Option(names = "--kb", paramLabel = "FILE", description = "Add actors and places from a TSV file (see docs/kb-format.md); repeatable.")
    List<Path> files = new ArrayList<>();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

    /** The engine with the bundled knowledge and the user's files; a malformed file is a usage error naming file and line. */
    MarsadEngine engine() {
        try {
            return MarsadEngine.load(files);
        } catch (KbFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kb: " + e.getMessage());
        }
    }
}
