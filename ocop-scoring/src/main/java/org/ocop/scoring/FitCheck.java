package org.ocop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.rules.Criterion;

/**
 * The one check that an evaluation fits a criteria sheet ({@code docs/rules.md} §3.2): the product's set is
 * scored on this sheet; every choice names a leaf criterion of the sheet and an option that exists; every leaf
 * criterion but a conditional one is chosen; a conditional criterion whose condition the sheet states as data
 * ({@link org.ocop.core.rules.Criterion#getRequiredCriterion()}) is chosen only when that condition holds;
 * every knock-out code names a criterion or group of the sheet.
 * Paths are relative to the evaluation, e.g. {@code memberScores[2].choices[1.3]}.
 *
 * <p>{@link #fits(CompiledSheet, Evaluation)} answers yes or no without building a message (the hot path);
 * {@link #violations(CompiledSheet, Evaluation)} says what is wrong. Both read the same compiled sheet.
 */
final class FitCheck {

    private FitCheck() {}

    /**
     * @param cs the compiled sheet
     * @param evaluation an evaluation
     * @return whether {@link #violations(CompiledSheet, Evaluation)} finds nothing
     */
    static boolean fits(CompiledSheet cs, Evaluation evaluation) {
        if (evaluation.getSheetNumber() != cs.sheet.getNumber()) {
            return false;
        }
        for (MemberScores scores : evaluation.getMemberScores()) {
            if (!fits(cs, scores)) {
                return false;
            }
        }
        if (evaluation.getConsensus().isPresent() && !fits(cs, evaluation.getConsensus().get())) {
            return false;
        }
        for (KnockoutFinding k : evaluation.getKnockouts()) {
            if (k.getCode().isPresent() && !cs.ranges.containsKey(k.getCode().get())) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(CompiledSheet cs, MemberScores scores) {
        int required = 0;
        for (Map.Entry<String, Integer> e : scores.getChoices().entrySet()) {
            Integer leaf = cs.leafIndex.get(e.getKey());
            int option = e.getValue();
            if (leaf == null || option < 0 || option >= cs.points[leaf].length) {
                return false;
            }
            if (!cs.conditional[leaf]) {
                required++;
            } else if (!cs.conditionHolds(leaf, scores.getChoices())) {
                return false;
            }
        }
        return required == cs.requiredLeaves;
    }

    /**
     * @param cs the compiled sheet
     * @param evaluation the evaluation to check
     * @return every violation found, empty when the evaluation fits the sheet
     */
    static List<Violation> violations(CompiledSheet cs, Evaluation evaluation) {
        List<Violation> found = new ArrayList<>();
        int number = cs.sheet.getNumber();
        if (evaluation.getSheetNumber() != number) {
            found.add(Violation.of("product.productSet", "is scored on sheet " + evaluation.getSheetNumber()
                    + ", not on sheet " + number, evaluation.getProduct().getProductSet().name()));
        }
        for (int i = 0; i < evaluation.getMemberScores().size(); i++) {
            checkChoices(cs, "memberScores[" + i + "]", evaluation.getMemberScores().get(i), found);
        }
        evaluation.getConsensus().ifPresent(c -> checkChoices(cs, "consensus", c, found));
        for (int i = 0; i < evaluation.getKnockouts().size(); i++) {
            KnockoutFinding k = evaluation.getKnockouts().get(i);
            if (k.getCode().isPresent() && !cs.ranges.containsKey(k.getCode().get())) {
                found.add(Violation.of("knockouts[" + i + "].code", "names no criterion or group of sheet "
                        + number, k.getCode().get()));
            }
        }
        return List.copyOf(found);
    }

    private static void checkChoices(CompiledSheet cs, String path, MemberScores scores, List<Violation> found) {
        int number = cs.sheet.getNumber();
        for (Map.Entry<String, Integer> choice : scores.getChoices().entrySet()) {
            Integer leaf = cs.leafIndex.get(choice.getKey());
            int option = choice.getValue();
            if (leaf != null && option >= 0 && option < cs.points[leaf].length) {
                if (!cs.conditionHolds(leaf, scores.getChoices())) {
                    String required = cs.codes[cs.requires[leaf]];
                    found.add(Violation.of(path + ".choices[" + choice.getKey() + "]", "criterion "
                            + choice.getKey() + " applies only when criterion " + required + " is above its first "
                            + "option (" + cs.leaves[cs.requires[leaf]].getScoringOptions().get(0).getText().getVi()
                            + "), and " + required + " is " + (scores.getChoices().containsKey(required)
                            ? "at its first option" : "not chosen") + ": leave " + choice.getKey() + " out",
                            String.valueOf(option)));
                }
                continue; // the common case: no path to build
            }
            String at = path + ".choices[" + choice.getKey() + "]";
            Criterion c = cs.sheet.getCriteriaByCode().get(choice.getKey());
            if (c == null) {
                found.add(Violation.of(at, "criterion " + choice.getKey() + " is not on sheet " + number,
                        String.valueOf(option)));
            } else if (leaf == null) {
                found.add(Violation.of(at, "criterion " + c.getCode() + " is scored through its sub-criteria",
                        String.valueOf(option)));
            } else {
                found.add(Violation.of(at, "option " + option + " does not exist: criterion " + c.getCode()
                        + " has options 0 to " + (cs.points[leaf].length - 1), String.valueOf(option)));
            }
        }
        for (int l = 0; l < cs.leafCount; l++) {
            if (!cs.conditional[l] && !scores.getChoices().containsKey(cs.codes[l])) {
                found.add(Violation.of(path + ".choices[" + cs.codes[l] + "]", "no option chosen for criterion "
                        + cs.codes[l], ""));
            }
        }
    }
}
