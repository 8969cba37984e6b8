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

    /** @return the rulebook named */
    Rulebook rulebook() {
        return Backend.rulebook(rulebookId);
    }

    /** @return the sheet named */
    CriteriaSheet sheet() {
        return Backend.sheetOf(rulebook(), sheetNumber);
    }
}
