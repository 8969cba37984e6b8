package org.ocop.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ocop score FILE...}: scores evaluation documents. Text by default; with {@code --json} the
 * ScoreResult document of each (an array for several files), where {@code stars} is always present and
 * {@code null} when the product is disqualified.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score evaluation documents (JSON). The rulebook is the one in force on each dossier's "
                + "submission date unless the document or --rulebook names one.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policy;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Evaluation documents.")
    private List<Path> files;

    @Option(names = "--json", description = "Print the ScoreResult documents as JSON.")
    private boolean json;

    @Option(names = "--rulebook", paramLabel = "ID", description = "Score under this rulebook (e.g. QD-26-2026).")
    private Optional<String> rulebookId;

    @Override
    public Integer call() {
        List<Scored> scored = new ArrayList<>();
        for (Path file : files) {
            Evaluation ev = Backend.readEvaluation(file);
            Rulebook rb = rulebookId.isPresent() ? Backend.rulebook(rulebookId.get())
                    : Backend.rulebookFor(ev, file.toString());
            scored.add(new Scored(file, ev, Backend.score(rb, ev, file.toString(), policy.policy())));
        }
        var out = spec.commandLine().getOut();
        if (json) {
            List<ScoreResult> results = scored.stream().map(Scored::result).toList();
            out.println(results.size() == 1 ? Backend.resultJson(results.get(0)) : Backend.resultsJson(results));
            return 0;
        }
        TextTable table = new TextTable("File", "Product", ">Average", "Band", "Stars", "Gates capping", "Next star");
        for (Scored s : scored) {
            table.row(s.file().getFileName(), TextTable.truncate(s.evaluation().getProduct().getName().getVi(), 40),
                    ResultText.points(s.result().getAverageScore()), s.result().getBand().symbol(),
                    ResultText.stars(s.result()), ResultText.cappingGates(s.result()), ResultText.nextStarLine(s.result()));
        }
        out.print(table.render());
        return 0;
    }

    private record Scored(Path file, Evaluation evaluation, ScoreResult result) {}
}
