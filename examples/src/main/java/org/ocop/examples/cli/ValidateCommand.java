package org.ocop.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocop.examples.text.Safe;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ocop validate FILE...}: checks documents of any type, every one of them; a failing file is reported
 * on its own line and the exit status is 2 at the end if any failed. An evaluation is also scored, so that
 * what scoring would refuse is refused here too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check documents of any type (evaluation, rulebook, criteria sheet as `ocop sheet --json` "
                + "prints it, result, registry; - reads standard input): they parse, every value is valid, and an "
                + "evaluation's choices fit its sheet and can be scored.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check; - for standard input.")
    private List<String> files;

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        PrintWriter out = spec.commandLine().getOut();
        Batch batch = new Batch(spec.commandLine().getErr(), "validate", root.verbose(), w.locale());
        for (String file : files) {
            try {
                Inputs.Input in = Inputs.read(file, root.stdin());
                out.println(Safe.cell(in.name() + ": " + w.t("validate.ok", Backend.validate(catalogue, in, w))));
            } catch (RuntimeException e) {
                out.flush();
                batch.fail(file, e);
            }
        }
        out.flush();
        return batch.status();
    }
}
