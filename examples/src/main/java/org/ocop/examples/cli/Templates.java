package org.ocop.examples.cli;

import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;

/** Blank evaluation documents for {@code ocop template}. */
final class Templates {

    private Templates() {}

    static String blankEvaluation(Rulebook rulebook, CriteriaSheet sheet) {
        throw new UnsupportedOperationException("templates are not available yet in this build");
    }
}
