package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ocop rulebooks}: the rule versions the library knows. */
@Command(name = "rulebooks", mixinStandardHelpOptions = true,
        description = "List the rulebooks (rule versions): id, legal reference, dates in force, completeness.")
final class RulebooksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TextTable table = new TextTable("Id", "Legal reference", "In force", "Completeness", ">Sheets", ">Corrections");
        for (Rulebook rb : Backend.rulebooks()) {
            table.row(rb.getId(), TextTable.truncate(rb.getLegalReference(), 50),
                    rb.getEffectiveFrom() + " → " + rb.getEffectiveTo().map(Object::toString).orElse(""),
                    rb.getCompleteness(), rb.getSheets().size(), rb.getCorrections().size());
        }
        spec.commandLine().getOut().print(table.render());
        return 0;
    }
}
