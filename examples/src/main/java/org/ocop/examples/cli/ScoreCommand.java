package org.ocop.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocop.core.result.ScoreResult;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.Safe;
import org.ocop.examples.text.TextTable;
import org.ocop.examples.text.Words;
import org.ocop.core.policy.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ocop score FILE...}: scores evaluation documents, every one of them: a failing file is reported on
 * its own line and the others are still scored; the exit status is 2 at the end if any failed. Text by
 * default (a table, which rulebook each file was scored under and why, and the engine's warnings); with
 * {@code --json} one JSON array holding per file its ScoreResult document or an error object
 * {@code {"file", "pointer", "message"}} (a single document for one file), with {@code --jsonl} one such
 * value per line. {@code -} reads standard input.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score evaluation documents (JSON; - reads standard input). The rulebook is the one the "
                + "document names, or the one in force on its submission day; the output says which and why.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private PolicyOptions policy;

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Evaluation documents; - for standard input.")
    private List<String> files;

    @Option(names = "--json", description = "Print the ScoreResult documents as JSON (an array for several files).")
    private boolean json;

    @Option(names = "--jsonl", description = "Print one JSON value per line (JSON Lines), per file.")
    private boolean jsonl;

    @Option(names = "--rulebook", paramLabel = "ID", description = "Score under this rulebook (e.g. QD-26-2026).")
    private Optional<String> rulebookId;

    @Override
    public Integer call() {
        Words w = common.words();
        ScoringPolicy p = policy.policy();
        Backend.Catalogue catalogue = common.catalogue(root.stdin());
        PrintWriter out = spec.commandLine().getOut();
        Batch batch = new Batch(spec.commandLine().getErr(), "score", root.verbose(), w.locale());
        List<JsonNode> items = new ArrayList<>();
        TextTable table = new TextTable(w.t("col.file"), w.t("col.product"), w.t("col.rulebook"),
                ">" + w.t("col.average"), w.t("col.band"), w.t("col.stars"), w.t("col.capping"), w.t("col.nextStar"));
        List<String> notes = new ArrayList<>();
        for (String file : files) {
            try {
                Backend.Read read = Backend.readEvaluation(catalogue, Inputs.read(file, root.stdin()), rulebookId, w);
                ScoreResult r = Backend.score(read, p, w);
                items.add(Backend.resultNode(r));
                table.row(read.name(), TextTable.truncate(read.evaluation().getProduct().getName().getVi(), 40),
                        read.choice().rulebook().getId(), ResultText.points(r.getAverageScore()), r.getBand().symbol(),
                        ResultText.stars(r, w), ResultText.cappingGates(r), ResultText.nextStarLine(r, w));
                notes.add(read.name() + ": " + w.t("rulebook.line", read.choice().describe(w)));
                read.choice().warning().ifPresent(x -> notes.add(read.name() + ": " + w.t("warning", x)));
                ResultText.warnings(r, w).forEach(x -> notes.add(read.name() + ": " + w.t("warning", x)));
            } catch (RuntimeException e) {
                batch.fail(file, e);
                items.add(Backend.errorNode(e instanceof InvalidInputException ? ((InvalidInputException) e).source()
                        : file, e));
            }
        }
        if (jsonl) {
            items.forEach(i -> out.println(Backend.oneLine(i)));
        } else if (json) {
            out.print(files.size() == 1 ? Backend.json(items.get(0)) : Backend.jsonArray(items));
        } else if (!notes.isEmpty()) {
            out.print(table.render());
            if (!notes.isEmpty()) {
                out.println();
                notes.forEach(n -> out.println(Safe.cell(n)));
            }
        }
        out.flush();
        return batch.status();
    }
}
