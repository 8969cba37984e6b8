package org.ocop.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;

/**
 * A criteria sheet flattened to plain int arrays: the data of the hand-written baseline that the engine is
 * measured against (BENCHMARKS.md §1). Built once, outside the measured code.
 *
 * <p>Leaf criteria are numbered in printed order ({@link CriteriaSheet#getLeafCriteria()}); for each leaf,
 * {@link #points} holds the points of every scoring option and {@link #gates} the option index that is the
 * 3★, 4★ and 5★ minimum (-1 when the criterion has no such gate). Within an alternatives criterion, {@link
 * #caseStart} is the first scoring option of each option's case, so that a gate is met by an option at
 * the same position in its case as the gated option or a later one (the engine's documented reading).
 */
public final class IntArraySheet {

    /** Points of option {@code o} of leaf {@code l}: {@code points[l][o]}. */
    final int[][] points;
    /** Gated option index of leaf {@code l} for star {@code 3 + k}: {@code gates[l][k]}, -1 for none. */
    final int[][] gates;
    /** First option index of the case each option belongs to: {@code caseStart[l][o]}. */
    final int[][] caseStart;
    /** Part index (0 = A, 1 = B, 2 = C) of each leaf. */
    final int[] partOf;
    /** Band thresholds in hundredths of a point, lowest rank first; {@code bandStars[i]} is its rank. */
    final int[] bandFromHundredths;
    /** The rank of each band. */
    final int[] bandStars;
    /** Whether leaf {@code l} may be left out (a conditional criterion). */
    final boolean[] optional;
    /** The leaf criterion codes, in the order of the arrays. */
    final String[] codes;

    private IntArraySheet(int[][] points, int[][] gates, int[][] caseStart, int[] partOf, int[] bandFromHundredths,
            int[] bandStars, boolean[] optional, String[] codes) {
        this.points = points;
        this.gates = gates;
        this.caseStart = caseStart;
        this.partOf = partOf;
        this.bandFromHundredths = bandFromHundredths;
        this.bandStars = bandStars;
        this.optional = optional;
        this.codes = codes;
    }

    /**
     * Flattens a sheet of a rulebook.
     *
     * @param rulebook the rulebook (for its bands)
     * @param sheet one of its sheets
     * @return the int-array form
     */
    public static IntArraySheet of(Rulebook rulebook, CriteriaSheet sheet) {
        List<Criterion> leaves = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        for (SheetPart part : sheet.getParts()) {
            for (CriterionGroup group : part.getGroups()) {
                for (Criterion c : group.getCriteria()) {
                    collectLeaves(c, part.getCode().ordinal(), leaves, parts);
                }
            }
        }
        int n = leaves.size();
        int[][] points = new int[n][];
        int[][] gates = new int[n][3];
        int[][] caseStart = new int[n][];
        String[] codes = new String[n];
        boolean[] optional = new boolean[n];
        for (int l = 0; l < n; l++) {
            Criterion c = leaves.get(l);
            codes[l] = c.getCode();
            optional[l] = c.getKind() == CriterionKind.CONDITIONAL;
            List<CriterionOption> options = c.getScoringOptions();
            points[l] = new int[options.size()];
            caseStart[l] = new int[options.size()];
            Arrays.fill(gates[l], -1);
            for (int o = 0; o < options.size(); o++) {
                CriterionOption option = options.get(o);
                points[l][o] = option.getPoints();
                int caseIndex = c.caseOf(o);
                caseStart[l][o] = o == 0 || c.caseOf(o - 1) != caseIndex ? o : caseStart[l][o - 1];
                if (option.getMinStar().isPresent()) {
                    int k = option.getMinStar().get().stars() - 3;
                    if (k >= 0 && gates[l][k] < 0) {
                        gates[l][k] = o;
                    }
                }
            }
        }
        List<StarBand> bands = rulebook.getBands();
        int[] from = new int[bands.size()];
        int[] stars = new int[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            from[i] = bands.get(i).getFrom().multiply(BigDecimal.valueOf(100)).intValueExact();
            stars[i] = bands.get(i).getRating().stars();
        }
        return new IntArraySheet(points, gates, caseStart, parts.stream().mapToInt(Integer::intValue).toArray(),
                from, stars, optional, codes);
    }

    private static void collectLeaves(Criterion c, int part, List<Criterion> leaves, List<Integer> parts) {
        if (c.isLeaf()) {
            leaves.add(c);
            parts.add(part);
        } else {
            c.getSubCriteria().forEach(s -> collectLeaves(s, part, leaves, parts));
        }
    }

    /**
     * Converts an evaluation's choices to the baseline's input, outside the measured code: {@code
     * choices[m][l]} is member {@code m}'s option index on leaf {@code l}, -1 when left out (a conditional
     * criterion whose condition does not hold).
     *
     * @param evaluation an evaluation on this sheet
     * @return the choice matrix
     */
    public int[][] choices(Evaluation evaluation) {
        List<MemberScores> members = evaluation.getMemberScores();
        int[][] choices = new int[members.size()][codes.length];
        for (int m = 0; m < members.size(); m++) {
            Map<String, Integer> chosen = members.get(m).getChoices();
            for (int l = 0; l < codes.length; l++) {
                choices[m][l] = chosen.getOrDefault(codes[l], -1);
            }
        }
        return choices;
    }

    /** @return the number of leaf criteria */
    public int leafCount() {
        return codes.length;
    }

    /**
     * @param stars a rank
     * @return the rank as a {@link StarRating}
     */
    static StarRating rating(int stars) {
        return StarRating.of(stars);
    }
}
