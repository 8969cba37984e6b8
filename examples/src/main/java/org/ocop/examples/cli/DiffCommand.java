package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocop diff OLD NEW SHEET}: what changed on one sheet between two rulebooks. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare one sheet between two rulebooks: criteria added, removed, renumbered and reworded, "
                + "re-weighted, gates moved.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "OLD", description = "Rulebook id, e.g. QD-148-2023.")
    private String oldId;

    @Parameters(index = "1", paramLabel = "NEW", description = "Rulebook id, e.g. QD-26-2026.")
    private String newId;

    @Parameters(index = "2", paramLabel = "SHEET", description = "Sheet number, 1 to 26.")
    private int sheetNumber;

    @Override
    public Integer call() {
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        Rulebook older = catalogue.byId(oldId);
        Rulebook newer = catalogue.byId(newId);
        spec.commandLine().getOut().print(Backend.diff(older, newer, sheetNumber, common.words()));
        return 0;
    }
}
