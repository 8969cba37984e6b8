package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocop diff OLD NEW SHEET}: what changed on one sheet between two rulebooks. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare one sheet between two rulebooks: criteria added, removed, re-weighted, gates moved.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Rulebook id, e.g. QD-148-2023.")
    private String oldId;

    @Parameters(index = "1", paramLabel = "NEW", description = "Rulebook id, e.g. QD-26-2026.")
    private String newId;

    @Parameters(index = "2", paramLabel = "SHEET", description = "Sheet number, 1 to 26.")
    private int sheetNumber;

    @Override
    public Integer call() {
        Rulebook older = Backend.rulebook(oldId);
        Rulebook newer = Backend.rulebook(newId);
        spec.commandLine().getOut().print(Backend.diff(older, newer, sheetNumber));
        return 0;
    }
}
