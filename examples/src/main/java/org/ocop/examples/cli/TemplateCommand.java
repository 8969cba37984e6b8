package org.ocop.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocop template RULEBOOK SHEET}: a blank evaluation document for one sheet and its council. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Print a blank evaluation document for a sheet: every criterion listed with its options, "
                + "one sheet per council member, ready to fill.")
final class TemplateCommand implements Callable<Integer> {

    /** The most members {@code --members N} makes; a larger council names its members. */
    static final int MAX_MEMBERS = 50;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private SheetArgs args;

    @Mixin
    private CommonOptions common;

    @Option(names = "--members", paramLabel = "N|ID", split = ",",
            description = "The council: a number of members (ids tv1, tv2, …) or the members' ids, the chair first "
                    + "(e.g. --members 7 or --members chu-tich,tv2,tv3). Default: one member.")
    private List<String> members = new ArrayList<>();

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        CriteriaSheet sheet = args.sheet(catalogue);
        spec.commandLine().getOut().println(Templates.blankEvaluation(args.rulebook(catalogue), sheet, memberIds()));
        sheet.getIncompleteReason().ifPresent(r -> spec.commandLine().getErr().println("ocop template: "
                + w.t("warning", w.t("sheet.incomplete", r))));
        return 0;
    }

    private List<String> memberIds() {
        if (members.isEmpty()) {
            return Templates.ONE_MEMBER;
        }
        if (members.size() == 1 && members.get(0).matches("\\d+")) {
            int n;
            try {
                n = Integer.parseInt(members.get(0));
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_MEMBERS) {
                throw new InvalidInputException("--members", "a council of 1 to " + MAX_MEMBERS
                        + " members, or the members' ids; got " + members.get(0));
            }
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                ids.add("tv" + i);
            }
            return ids;
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new InvalidInputException("--members", "member ids must differ: " + String.join(",", members));
        }
        return List.copyOf(members);
    }
}
