package org.ocop.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocop validate FILE...}: checks documents of any type. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check documents of any type (evaluation, rulebook, result, registry): they parse, every "
                + "value is valid, and an evaluation's choices fit its sheet.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        for (Path file : files) {
            spec.commandLine().getOut().println(file + ": OK (" + Backend.validate(file) + ")");
        }
        return 0;
    }
}
