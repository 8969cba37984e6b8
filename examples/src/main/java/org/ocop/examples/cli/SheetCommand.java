package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.SheetText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code ocop sheet RULEBOOK SHEET}: one criteria sheet, as an outline or as JSON. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = "Print one criteria sheet: parts, groups, criteria, every option with its index, points "
                + "and star gate.")
final class SheetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SheetArgs args;

    @Option(names = "--json", description = "Print the sheet as JSON.")
    private boolean json;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "Language of names (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Override
    public Integer call() {
        Rulebook rb = args.rulebook();
        CriteriaSheet sheet = args.sheet();
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Backend.sheetJson(rb, sheet));
        } else {
            out.print(SheetText.outline(rb.getId(), sheet, lang.locale()));
        }
        return 0;
    }
}
