package org.ocop.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocop.core.StarRating;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.ResultText;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ocop band RULEBOOK TOTAL...}: the band of the members' totals under a rulebook, e.g. a
 * {@code QD-1048-2019} dossier, whose criteria sheets are not available: the exact average of the totals,
 * banded by the rulebook's bands. It gives the band only: star gates and knock-outs need the criteria.
 */
@Command(name = "band", mixinStandardHelpOptions = true,
        description = "Band council members' totals (0–100 each) under a rulebook, e.g. "
                + "`ocop band QD-1048-2019 72 75 80` for a totals-only rulebook.")
final class BandCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "RULEBOOK", description = "Rulebook id, e.g. QD-1048-2019.")
    private String rulebookId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TOTAL", description = "Each member's total, 0 to 100.")
    private List<Integer> totals;

    @Override
    public Integer call() {
        Words w = common.words();
        Rulebook rb = common.catalogue(root.stdin()).byId(rulebookId);
        int[] t = totals.stream().mapToInt(Integer::intValue).toArray();
        StarRating band = Backend.band(rb, t);
        long sum = totals.stream().mapToLong(Integer::longValue).sum();
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(t.length), 10, RoundingMode.HALF_UP);
        spec.commandLine().getOut().println(w.t("band.line", rb.getId(), t.length, sum + "/" + t.length,
                ResultText.points(average), band.symbol()));
        spec.commandLine().getOut().println(w.t("band.note"));
        return 0;
    }
}
