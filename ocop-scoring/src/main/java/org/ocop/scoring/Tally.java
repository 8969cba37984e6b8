package org.ocop.scoring;

import java.util.List;
import org.ocop.core.OcopValidationException;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.rules.StarBands;

/**
 * The members' choices of one evaluation as int arrays over a {@link CompiledSheet}, and the arithmetic on
 * them (member totals, gates, rank) shared by {@link ScoringEngine#score} and {@link Advisor}. Mutable
 * scratch state, confined to one scoring call: read, then zeroed by knock-outs, then {@linkplain #count()
 * counted} once.
 */
final class Tally {

    final CompiledSheet cs;
    final int members;
    /** The members' ids, in order (an unmodifiable list). */
    final List<String> memberIds;
    /** choice[member][leaf]: option index, -1 when absent (conditional not holding) or zeroed. */
    final int[][] choice;
    /** The consensus sheet's choices, or null. */
    final int[] consensus;
    /** Leaves zeroed by a knock-out under {@code ZERO_REMAINING}. */
    final boolean[] zeroed;
    final ScoringPolicy.GateAggregation aggregation;
    /** total[member], filled by {@link #count()}. */
    final int[] total;
    /** partTotal[member][part], filled by {@link #count()}. */
    final int[][] partTotal;
    /** groupSum[group]: the sum over members of the group's points, filled by {@link #count()}. */
    final long[] groupSum;
    /** The sum of the members' totals, set by {@link #count()}. */
    long sum;
    /** met[gate]: whether each gate of the sheet is met, set by {@link #count()} (asked for three times a score). */
    private boolean[] met;

    private Tally(CompiledSheet cs, int members, List<String> memberIds, ScoringPolicy.GateAggregation aggregation,
            boolean consensus) {
        this.cs = cs;
        this.members = members;
        this.memberIds = memberIds;
        this.choice = new int[members][cs.leafCount];
        this.consensus = consensus ? new int[cs.leafCount] : null;
        this.zeroed = new boolean[cs.leafCount];
        this.aggregation = aggregation;
        this.total = new int[members];
        this.partTotal = new int[members][cs.partCodes.length];
        this.groupSum = new long[cs.groupCodes.length];
    }

    /**
     * Reads an evaluation's choices, checking in the same pass that they fit the sheet ({@link FitCheck.Reader}).
     *
     * @param cs the compiled sheet
     * @param evaluation the evaluation
     * @param aggregation the gate policy
     * @return the tally, not yet counted
     * @throws OcopValidationException with every violation when the choices do not fit
     */
    static Tally read(CompiledSheet cs, Evaluation evaluation, ScoringPolicy.GateAggregation aggregation) {
        List<MemberScores> scores = evaluation.getMemberScores();
        int n = scores.size();
        String[] ids = new String[n];
        for (int m = 0; m < n; m++) {
            ids[m] = scores.get(m).getMemberId();
        }
        Tally t = new Tally(cs, n, List.of(ids), aggregation, evaluation.getConsensus().isPresent());
        FitCheck.Reader reader = new FitCheck.Reader(cs);
        boolean fits = true;
        for (int m = 0; m < n && fits; m++) {
            fits = reader.read(scores.get(m).getChoices(), t.choice[m]);
        }
        if (fits && t.consensus != null) {
            fits = reader.read(evaluation.getConsensus().get().getChoices(), t.consensus);
        }
        if (!fits) {
            throw new OcopValidationException(FitCheck.violations(cs, evaluation));
        }
        return t;
    }

    /** Zeroes a leaf for every member and the consensus sheet. */
    void zero(int leaf) {
        zeroed[leaf] = true;
        for (int[] c : choice) {
            c[leaf] = -1;
        }
        if (consensus != null) {
            consensus[leaf] = -1;
        }
    }

    /** Counts every member's total, part totals and the group sums, once, after knock-outs are applied. */
    void count() {
        long s = 0;
        for (int m = 0; m < members; m++) {
            int[] c = choice[m];
            int[] parts = partTotal[m];
            int t = 0;
            for (int l = 0; l < cs.leafCount; l++) {
                int pts = cs.pointsOf(l, c[l]);
                parts[cs.partOf[l]] += pts;
                groupSum[cs.groupOf[l]] += pts;
                t += pts;
            }
            total[m] = t;
            s += t;
        }
        sum = s;
        boolean[] m = new boolean[cs.gates.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = computeGateMet(cs.gates[i]);
        }
        met = m;
    }

    /**
     * @param gate a gate index into the sheet's gates
     * @return whether that gate is met under the aggregation policy (§3.5 ⚖), once {@link #count() counted}
     */
    boolean gateMet(int gate) {
        return met[gate];
    }

    /** @return whether a gate is met under the aggregation policy (§3.5 ⚖) */
    private boolean computeGateMet(CompiledSheet.Gate g) {
        if (aggregation == ScoringPolicy.GateAggregation.CONSENSUS_SHEET) {
            return cs.atOrAbove(g.leaf(), consensus[g.leaf()], g.option());
        }
        int reached = 0;
        for (int m = 0; m < members; m++) {
            if (cs.atOrAbove(g.leaf(), choice[m][g.leaf()], g.option())) {
                reached++;
            }
        }
        return Gates.met(aggregation, reached, members);
    }

    /** @return the highest rank whose gates, cumulatively, are all met ({@link Gates#rankBelow}) */
    StarRating gateRank() {
        StarRating lowestFailed = null;
        for (int i = 0; i < cs.gates.length; i++) {
            CompiledSheet.Gate g = cs.gates[i];
            if ((lowestFailed == null || g.star().compareTo(lowestFailed) < 0) && !met[i]) {
                lowestFailed = g.star();
            }
        }
        return Gates.rankBelow(lowestFailed);
    }

    /**
     * @param bands the rulebook's bands
     * @return min(band rank, gate rank) (§3.5 ⚖), from the counted sum
     */
    StarRating rank(StarBands bands) {
        return bands.bandOf(sum, members).min(gateRank());
    }
}
