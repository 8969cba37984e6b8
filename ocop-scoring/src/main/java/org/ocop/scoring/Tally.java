package org.ocop.scoring;

import java.util.List;
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

    Tally(CompiledSheet cs, List<MemberScores> scores, MemberScores consensusSheet,
            ScoringPolicy.GateAggregation aggregation) {
        this.cs = cs;
        this.members = scores.size();
        this.choice = new int[members][];
        for (int m = 0; m < members; m++) {
            choice[m] = read(cs, scores.get(m));
        }
        this.consensus = consensusSheet == null ? null : read(cs, consensusSheet);
        this.zeroed = new boolean[cs.leafCount];
        this.aggregation = aggregation;
        this.total = new int[members];
        this.partTotal = new int[members][cs.partCodes.length];
        this.groupSum = new long[cs.groupCodes.length];
    }

    private static int[] read(CompiledSheet cs, MemberScores scores) {
        int[] c = new int[cs.leafCount];
        for (int l = 0; l < cs.leafCount; l++) {
            Integer chosen = scores.getChoices().get(cs.codes[l]);
            c[l] = chosen == null ? -1 : chosen;
        }
        return c;
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
    }

    /** @return whether a gate is met under the aggregation policy (§3.5 ⚖) */
    boolean gateMet(CompiledSheet.Gate g) {
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
        for (CompiledSheet.Gate g : cs.gates) {
            if ((lowestFailed == null || g.star().compareTo(lowestFailed) < 0) && !gateMet(g)) {
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
