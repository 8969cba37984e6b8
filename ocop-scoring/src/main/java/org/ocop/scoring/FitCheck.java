package org.ocop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
 * <p>{@link Reader} answers yes or no for one member's sheet in the same pass that reads its choices into an
 * int row (the hot path: one {@link Map#forEach} over the choices, no per-leaf lookup, no allocation);
 * {@link #fits(CompiledSheet, Evaluation)} answers for a whole evaluation; {@link #violations(CompiledSheet,
 * Evaluation)} says what is wrong, and is only called once something is. All read the same compiled sheet.
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
        Reader reader = new Reader(cs);
        int[] row = new int[cs.leafCount];
        for (MemberScores scores : evaluation.getMemberScores()) {
            if (!reader.read(scores.getChoices(), row)) {
                return false;
            }
        }
        if (evaluation.getConsensus().isPresent() && !reader.read(evaluation.getConsensus().get().getChoices(), row)) {
            return false;
        }
        return knockoutsFit(cs, evaluation);
    }

    /**
     * @param cs the compiled sheet
     * @param evaluation an evaluation
     * @return whether every knock-out code names a criterion or group of the sheet
     */
    static boolean knockoutsFit(CompiledSheet cs, Evaluation evaluation) {
        for (KnockoutFinding k : evaluation.getKnockouts()) {
            if (k.getCode().isPresent() && cs.range(k.getCode().get()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one member's choices into an int row and checks them in the same pass: every code a leaf of the
     * sheet, every option in range, every required leaf chosen, every stated condition holding. Optionally
     * (the lean path) it also counts while reading: the member's total over the leaves not zeroed, the gates
     * the member reaches, and the first option whose points the source does not give. Mutable, confined to
     * one scoring call; reusable for the next member.
     */
    static final class Reader implements BiConsumer<String, Integer> {
        private final CompiledSheet cs;
        private final int[][] points;
        /** {@link CompiledSheet#reach} when counting, else null. */
        private final long[][] reach;
        /** The gates this member reaches, as bits (with {@link #reach}). */
        private long reachedNow;
        private final boolean counting;
        private final boolean[] zeroed;
        /** Gates reached, by gate index (counting only). */
        final int[] reached;
        private int[] row;
        private int next;
        private int required;
        private boolean bad;
        private boolean checkKnown;
        /** The member's total over the leaves not zeroed (counting only). */
        int total;
        /**
         * The first leaf by printed order (and its option) whose chosen option has no known points, or -1
         * (counting only; kept once set, so the first member with one is reported).
         */
        int unknownLeaf = -1;
        int unknownOption;

        /** A reader that only fills rows and checks. */
        Reader(CompiledSheet cs) {
            this(cs, false, null);
        }

        /**
         * @param cs the compiled sheet
         * @param counting whether to count totals and gates while reading
         * @param zeroed leaves zeroed by knock-outs (not counted), or null
         */
        Reader(CompiledSheet cs, boolean counting, boolean[] zeroed) {
            this.cs = cs;
            this.points = cs.points;
            this.counting = counting;
            this.zeroed = zeroed;
            this.reached = counting ? new int[cs.gates.length] : null;
            this.reach = counting ? cs.reach : null;
        }

        /**
         * @param choices a member's choices
         * @param into the row to fill: option by leaf, -1 for a leaf not chosen
         * @return whether the choices fit the sheet
         */
        boolean read(Map<String, Integer> choices, int[] into) {
            return read(choices, into, false);
        }

        /**
         * @param choices a member's (or the consensus) choices
         * @param into the row to fill: option by leaf, -1 for a leaf not chosen
         * @param known whether to note an option whose points are unknown (members, not the consensus)
         * @return whether the choices fit the sheet
         */
        boolean read(Map<String, Integer> choices, int[] into, boolean known) {
            Arrays.fill(into, -1);
            row = into;
            next = 0;
            required = 0;
            total = 0;
            bad = false;
            checkKnown = known;
            reachedNow = 0;
            choices.forEach(this);
            if (bad || required != cs.requiredLeaves) {
                return false;
            }
            for (long m = reachedNow; m != 0; m &= m - 1) {
                reached[Long.numberOfTrailingZeros(m)]++;
            }
            for (int l : cs.conditionedLeaves) {
                if (into[l] >= 0 && into[cs.requires[l]] <= 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void accept(String code, Integer chosen) {
            int l = cs.leafOf(code, next);
            int option = chosen;
            if (l < 0 || option < 0 || option >= points[l].length) {
                bad = true;
                return;
            }
            next = l + 1;
            row[l] = option;
            if (!cs.conditional[l]) {
                required++;
            }
            if (counting && (zeroed == null || !zeroed[l])) {
                if (checkKnown && !cs.known[l][option] && (unknownLeaf < 0 || l < unknownLeaf)) {
                    unknownLeaf = l;
                    unknownOption = option;
                }
                total += points[l][option];
                if (reach != null) {
                    reachedNow |= reach[l][option];
                } else {
                    for (int g : cs.gatesOfLeaf[l]) {
                        if (cs.atOrAbove(l, option, cs.gates[g].option())) {
                            reached[g]++;
                        }
                    }
                }
            }
        }
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
            if (k.getCode().isPresent() && cs.range(k.getCode().get()) == null) {
                found.add(Violation.of("knockouts[" + i + "].code", "names no criterion or group of sheet "
                        + number, k.getCode().get()));
            }
        }
        return List.copyOf(found);
    }

    private static void checkChoices(CompiledSheet cs, String path, MemberScores scores, List<Violation> found) {
        int number = cs.sheet.getNumber();
        for (Map.Entry<String, Integer> choice : scores.getChoices().entrySet()) {
            int leaf = cs.leafOf(choice.getKey(), -1);
            int option = choice.getValue();
            if (leaf >= 0 && option >= 0 && option < cs.points[leaf].length) {
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
            } else if (leaf < 0) {
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
