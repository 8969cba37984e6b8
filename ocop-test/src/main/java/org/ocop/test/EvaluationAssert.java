package org.ocop.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;

/**
 * AssertJ assertions on an {@link Evaluation}: whether the members' choices fit the criteria sheet of its
 * product set ({@link ScoringEngine#violations(CriteriaSheet, Evaluation)}: every leaf criterion chosen once, option
 * indexes in range, only conditional criteria left out).
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /**
     * @param rulebook a rulebook with criteria sheets
     * @return this, after checking the choices fit the rulebook's sheet for the product (the message lists
     *     each misfit with its path)
     */
    public EvaluationAssert fits(Rulebook rulebook) {
        return fits(sheet(rulebook));
    }

    /**
     * @param sheet a criteria sheet
     * @return this, after checking the choices fit it
     */
    public EvaluationAssert fits(CriteriaSheet sheet) {
        isNotNull();
        List<Violation> v = ScoringEngine.violations(sheet, actual);
        if (!v.isEmpty()) {
            failWithMessage("Expected the choices to fit sheet %s but: %s", sheet.getNumber(), v);
        }
        return this;
    }

    /**
     * @param rulebook a rulebook with criteria sheets
     * @param pathPart a part of the misfit's path, e.g. {@code "1.3"} or a member's id
     * @return this, after checking some choice does not fit the sheet at a path containing that text
     */
    public EvaluationAssert doesNotFitAt(Rulebook rulebook, String pathPart) {
        isNotNull();
        CriteriaSheet sheet = sheet(rulebook);
        List<Violation> v = ScoringEngine.violations(sheet, actual);
        if (v.stream().noneMatch(x -> x.path().contains(pathPart))) {
            failWithMessage("Expected a choice not to fit sheet %s at '%s' but the misfits were %s", sheet.getNumber(),
                    pathPart, v.isEmpty() ? "none" : v);
        }
        return this;
    }

    private CriteriaSheet sheet(Rulebook rulebook) {
        isNotNull();
        return rulebook.sheet(actual.getSheetNumber()).orElseThrow(() -> new AssertionError("Rulebook "
                + rulebook.getId() + " has no criteria sheet " + actual.getSheetNumber()));
    }
}
