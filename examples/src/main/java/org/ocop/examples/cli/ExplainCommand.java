package org.ocop.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.samples.Samples;
import org.ocop.examples.text.ResultText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocop explain FILE}: the full breakdown of one evaluation's result. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one evaluation: members' totals, part and group averages, every star gate, "
                + "knock-outs, the final rank and the plan for the next star.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policy;

    @ArgGroup(multiplicity = "1")
    private Input input;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "Language of criterion names (default: ${DEFAULT-VALUE}).")
    private Lang lang;

    @Option(names = "--rulebook", paramLabel = "ID", description = "Score under this rulebook.")
    private String rulebookId;

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "An evaluation document.")
        Path file;

        @Option(names = "--sample", paramLabel = "NAME", description = "A bundled sample (see `ocop demo`).")
        String sample;
    }

    @Override
    public Integer call() {
        Evaluation ev;
        String source;
        if (input.sample != null) {
            Samples.Sample s = Samples.byName(input.sample).orElseThrow(() -> new InvalidInputException("--sample",
                    "no sample named '" + input.sample + "'; known: " + Samples.names()));
            ev = s.evaluation();
            source = s.resource();
        } else {
            ev = Backend.readEvaluation(input.file);
            source = input.file.toString();
        }
        Rulebook rb = rulebookId != null ? Backend.rulebook(rulebookId) : Backend.rulebookFor(ev, source);
        ScoreResult result = Backend.score(rb, ev, source, policy.policy());
        spec.commandLine().getOut().print(ResultText.explain(ev, Backend.sheetOf(rb, ev.getSheetNumber()), result,
                lang.locale()));
        return 0;
    }
}
