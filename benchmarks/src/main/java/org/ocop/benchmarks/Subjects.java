package org.ocop.benchmarks;

import java.math.BigDecimal;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.Rulebooks;

/** What the benchmarks measure, loaded once per trial, and the check that engine and baseline agree. */
final class Subjects {

    /** The rulebook in force from 22 May 2026. */
    static final String QD_26_2026 = "QD-26-2026";

    private Subjects() {}

    /** @return the QD-26-2026 rulebook of the shipped catalogue */
    static Rulebook qd26() {
        return Rulebooks.byId(QD_26_2026).orElseThrow(() -> new IllegalStateException("no rulebook " + QD_26_2026));
    }

    /**
     * Fails the trial when the baseline and the engine disagree, so that the benchmark never compares
     * different work.
     *
     * @param sheet the baseline's sheet
     * @param packed the baseline's result
     * @param result the engine's result
     * @param evaluation the evaluation scored
     */
    static void checkSame(IntArraySheet sheet, long packed, ScoreResult result, Evaluation evaluation) {
        int rank = (int) (packed >>> 32);
        long sum = packed & 0xFFFF_FFFFL;
        int members = evaluation.getMemberScores().size();
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 10,
                java.math.RoundingMode.HALF_EVEN);
        int engineRank = result.getStars().map(s -> s.stars()).orElse(0);
        if (rank != engineRank || average.compareTo(result.getAverageScore().setScale(10,
                java.math.RoundingMode.HALF_EVEN)) != 0) {
            throw new IllegalStateException("baseline (" + rank + "★, average " + average + ") and engine ("
                    + engineRank + "★, average " + result.getAverageScore() + ") disagree on sheet with "
                    + sheet.leafCount() + " leaves");
        }
    }
}
