package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.SheetText;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocop sheet RULEBOOK SHEET}: one criteria sheet, as an outline or as JSON. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = "Print one criteria sheet: parts, groups, criteria, every option with its index, points "
                + "and star gate. --json prints the sheet document, which `ocop validate` accepts.")
final class SheetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private SheetArgs args;

    @Mixin
    private CommonOptions common;

    @Option(names = "--json", description = "Print the sheet as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        Rulebook rb = args.rulebook(catalogue);
        CriteriaSheet sheet = args.sheet(catalogue);
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(Backend.sheetJson(rb, sheet));
            sheet.getIncompleteReason().ifPresent(r -> spec.commandLine().getErr().println("ocop sheet: "
                    + w.t("warning", w.t("sheet.incomplete", r))));
        } else {
            out.print(SheetText.outline(rb.getId(), sheet, w));
        }
        return 0;
    }
}
