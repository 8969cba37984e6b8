package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.product.ProducerType;
import org.ocop.core.result.ScoreResult;
import org.ocop.examples.samples.Samples;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ocop demo}: scores the bundled sample evaluations and prints one table. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Score the bundled sample evaluations (illustrative: real kinds of products, made-up scores) "
                + "and print a table.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policy;

    private static String producerType(ProducerType type) {
        return type == ProducerType.SMALL_MEDIUM_ENTERPRISE ? "SME" : type.label().getEn().orElse(type.name());
    }

    @Override
    public Integer call() {
        TextTable table = new TextTable("Product", "Producer", ">Sheet", ">Average", "Stars", "Gates capping",
                "Next star");
        for (Samples.Sample sample : Samples.all()) {
            Evaluation ev = sample.evaluation();
            ScoreResult r = Backend.score(Backend.rulebookFor(ev, sample.resource()), ev, sample.resource(),
                    policy.policy());
            var producer = ev.getProduct().getProducer();
            table.row(TextTable.truncate(ev.getProduct().getName().getVi(), 42),
                    producerType(producer.getType()),
                    r.getSheetNumber(), ResultText.points(r.getAverageScore()), ResultText.stars(r),
                    ResultText.cappingGates(r), ResultText.nextStarLine(r));
        }
        var out = spec.commandLine().getOut();
        out.println("OCOP demo — sample evaluations scored under their rulebook (Decision 26/2026/QĐ-TTg)");
        out.println("Illustrative data: products and producer types of the kind reported in the news; the scores "
                + "are made up.");
        out.println();
        out.print(table.render());
        out.println();
        out.println("Explain one: java -jar examples/target/ocop.jar explain --sample " + Samples.all().get(0).name());
        return 0;
    }
}
