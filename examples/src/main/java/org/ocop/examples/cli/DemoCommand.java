package org.ocop.examples.cli;

import java.util.concurrent.Callable;
import org.ocop.core.product.ProducerType;
import org.ocop.core.result.ScoreResult;
import org.ocop.examples.samples.Samples;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.TextTable;
import org.ocop.examples.text.Words;
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

    @Mixin
    private CommonOptions common;

    private static String producerType(ProducerType type, Words w) {
        return type == ProducerType.SMALL_MEDIUM_ENTERPRISE && !w.isVietnamese() ? "SME"
                : type.label().in(w.locale());
    }

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Catalogue catalogue = Backend.Catalogue.standard();
        TextTable table = new TextTable(w.t("col.product"), w.t("col.producer"), ">" + w.t("col.sheet"),
                ">" + w.t("col.average"), w.t("col.stars"), w.t("col.capping"), w.t("col.nextStar"));
        for (Samples.Sample sample : Samples.all()) {
            Backend.Read read = Backend.readEvaluation(catalogue, new Inputs.Input(sample.resource(), sample.bytes()),
                    java.util.Optional.empty(), w);
            ScoreResult r = Backend.score(read, policy.policy(), w);
            var ev = read.evaluation();
            table.row(TextTable.truncate(ev.getProduct().getName().getVi(), 42),
                    producerType(ev.getProduct().getProducer().getType(), w),
                    r.getSheetNumber(), ResultText.points(r.getAverageScore()), ResultText.stars(r, w),
                    ResultText.cappingGates(r), ResultText.nextStarLine(r, w));
        }
        var out = spec.commandLine().getOut();
        out.println(w.t("demo.title"));
        out.println(w.t("demo.illustrative"));
        out.println();
        out.print(table.render());
        out.println();
        out.println(w.t("demo.explainOne", Samples.all().get(0).name()));
        return 0;
    }
}
