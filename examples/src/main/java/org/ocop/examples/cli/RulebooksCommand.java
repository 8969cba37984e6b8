package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.TextTable;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocop rulebooks}: the rule versions of this run (shipped, and any {@code --rulebook-file}). */
@Command(name = "rulebooks", mixinStandardHelpOptions = true,
        description = "List the rulebooks (rule versions): id, legal reference, dates in force, completeness, "
                + "and the file a rulebook was read from.")
final class RulebooksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        TextTable table = new TextTable(w.t("col.id"), w.t("col.legalReference"), w.t("col.inForce"),
                w.t("col.completeness"), ">" + w.t("col.sheets"), ">" + w.t("col.corrections"), w.t("col.source"));
        for (Rulebook rb : catalogue.all()) {
            table.row(rb.getId(), TextTable.truncate(rb.getLegalReference(), 50),
                    rb.getEffectiveFrom() + " → " + rb.getEffectiveTo().map(Object::toString).orElse(""),
                    w.t("rulebook.completeness." + rb.getCompleteness().name()), rb.getSheets().size(),
                    rb.getCorrections().size(), catalogue.fileOf(rb.getId()).orElse(w.t("col.shipped")));
        }
        spec.commandLine().getOut().print(table.render());
        return 0;
    }
}
