package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocop template RULEBOOK SHEET}: a blank evaluation document for one sheet. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Print a blank evaluation document for a sheet: every criterion listed with its options, "
                + "ready to fill.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULEBOOK", description = "Rulebook id, e.g. QD-26-2026.")
    private String rulebookId;

    @Parameters(index = "1", paramLabel = "SHEET", description = "Sheet number, 1 to 26.")
    private int sheetNumber;

    @Override
    public Integer call() {
        Rulebook rb = Backend.rulebook(rulebookId);
        spec.commandLine().getOut().println(Templates.blankEvaluation(rb, Backend.sheetOf(rb, sheetNumber)));
        return 0;
    }
}
