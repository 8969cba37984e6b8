package org.ocop.examples.cli;

import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import picocli.CommandLine.Parameters;

/** The {@code RULEBOOK SHEET} parameters shared by {@code sheet} and {@code template}. */
final class SheetArgs {

    @Parameters(index = "0", paramLabel = "RULEBOOK", description = "Rulebook id, e.g. QD-26-2026.")
    private String rulebookId;

    @Parameters(index = "1", paramLabel = "SHEET", description = "Sheet number, 1 to 26.")
    private int sheetNumber;

    /**
     * @param catalogue the rulebooks of the run
     * @return the rulebook named
     */
    Rulebook rulebook(Backend.Catalogue catalogue) {
        return catalogue.byId(rulebookId);
    }

    /**
     * @param catalogue the rulebooks of the run
     * @return the sheet named
     */
    CriteriaSheet sheet(Backend.Catalogue catalogue) {
        return Backend.sheetOf(rulebook(catalogue), sheetNumber);
    }
}
