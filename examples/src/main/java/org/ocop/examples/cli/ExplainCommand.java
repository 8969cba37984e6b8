package org.ocop.examples.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocop.core.result.ScoreResult;
import org.ocop.examples.samples.Samples;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.Words;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocop explain FILE}: the full breakdown of one evaluation's result. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one evaluation: which rulebook and why, members' totals, part and group averages, "
                + "every star gate, knock-outs, the final rank and the plan for the next star.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private PolicyOptions policy;

    @Mixin
    private CommonOptions common;

    @ArgGroup(multiplicity = "1")
    private Input input;

    @Option(names = "--rulebook", paramLabel = "ID", description = "Score under this rulebook.")
    private Optional<String> rulebookId;

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "An evaluation document; - for standard input.")
        String file;

        @Option(names = "--sample", paramLabel = "NAME", description = "A bundled sample (see `ocop demo`).")
        String sample;
    }

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        Inputs.Input in;
        if (input.sample != null) {
            Samples.Sample s = Samples.byName(input.sample).orElseThrow(() -> new InvalidInputException("--sample",
                    "no sample named '" + input.sample + "'; known: " + Samples.names()));
            in = new Inputs.Input(s.resource(), s.bytes());
        } else {
            in = Inputs.read(input.file, root.stdin());
        }
        Backend.Read read = Backend.readEvaluation(catalogue, in, rulebookId, w);
        ScoreResult result = Backend.score(read, policy.policy(), w);
        var out = spec.commandLine().getOut();
        out.print(ResultText.explain(read.evaluation(), Backend.sheetOf(read.choice().rulebook(),
                read.evaluation().getSheetNumber()), result, read.choice().describe(w), w));
        read.choice().warning().ifPresent(x -> out.println(w.t("warning", x)));
        return 0;
    }
}
