package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ocop template RULEBOOK SHEET}: a blank evaluation document for one sheet. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Print a blank evaluation document for a sheet: every criterion listed with its options, "
                + "ready to fill.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SheetArgs args;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Templates.blankEvaluation(args.rulebook(), args.sheet()));
        return 0;
    }
}
