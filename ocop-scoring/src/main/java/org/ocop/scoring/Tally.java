package org.ocop.scoring;

import java.util.List;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.rules.StarBand;

/**
 * The members' choices of one evaluation as int arrays over a {@link CompiledSheet}, and the arithmetic on
 * them (totals, gates, ranks) shared by {@link ScoringEngine} and {@link Advisor}. Mutable scratch state,
 * confined to one scoring call.
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
    }

    private Tally(Tally other) {
        this.cs = other.cs;
        this.members = other.members;
        this.choice = new int[members][];
        for (int m = 0; m < members; m++) {
            choice[m] = other.choice[m].clone();
        }
        this.consensus = other.consensus == null ? null : other.consensus.clone();
        this.zeroed = other.zeroed.clone();
        this.aggregation = other.aggregation;
    }

    Tally copy() {
        return new Tally(this);
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

    int total(int member) {
        int t = 0;
        int[] c = choice[member];
        for (int l = 0; l < c.length; l++) {
            t += cs.pointsOf(l, c[l]);
        }
        return t;
    }

    long sum() {
        long s = 0;
        for (int m = 0; m < members; m++) {
            s += total(m);
        }
        return s;
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
        return aggregation == ScoringPolicy.GateAggregation.ALL_MEMBERS ? reached == members : 2 * reached > members;
    }

    /**
     * @return the highest rank whose gates, cumulatively, are all met (§3.5 ⚖): 2★ when a 3★ gate fails, as
     *     1★ and 2★ have no gates
     */
    StarRating gateRank() {
        int lowestFailed = 6;
        for (CompiledSheet.Gate g : cs.gates) {
            if (g.star().stars() < lowestFailed && !gateMet(g)) {
                lowestFailed = g.star().stars();
            }
        }
        return StarRating.of(Math.max(2, Math.min(5, lowestFailed - 1)));
    }

    /**
     * @param bands the rulebook's bands
     * @return min(band rank, gate rank) (§3.5 ⚖)
     */
    StarRating rank(List<StarBand> bands) {
        return Averages.bandOf(bands, sum(), members).min(gateRank());
    }
}
