package org.ocop.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;

/**
 * AssertJ assertions on an {@link Evaluation}: whether it fits a rulebook's criteria sheet, by the library's
 * one fit check ({@link ScoringEngine#violations(Rulebook, Evaluation)}: every leaf criterion chosen, option
 * indexes that exist, only conditional criteria left out, knock-out codes of the sheet).
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /**
     * @param rulebook a rulebook with criteria sheets
     * @return this, after checking the evaluation fits the rulebook's sheet for the product (the message lists
     *     each misfit with its path)
     */
    public EvaluationAssert fits(Rulebook rulebook) {
        isNotNull();
        List<Violation> v = ScoringEngine.violations(rulebook, actual);
        if (!v.isEmpty()) {
            failWithMessage("Expected the evaluation to fit sheet %s of %s but: %s", actual.getSheetNumber(),
                    rulebook.getId(), v);
        }
        return this;
    }

    /**
     * @param rulebook a rulebook with criteria sheets
     * @param pathPart a part of the misfit's path, e.g. {@code "1.3"} or {@code "memberScores[2]"}
     * @return this, after checking some part of the evaluation does not fit the sheet at a path containing that
     *     text
     */
    public EvaluationAssert doesNotFitAt(Rulebook rulebook, String pathPart) {
        isNotNull();
        List<Violation> v = ScoringEngine.violations(rulebook, actual);
        if (v.stream().noneMatch(x -> x.getPath().contains(pathPart))) {
            failWithMessage("Expected the evaluation not to fit sheet %s of %s at '%s' but the misfits were %s",
                    actual.getSheetNumber(), rulebook.getId(), pathPart, v.isEmpty() ? "none" : v);
        }
        return this;
    }
}
