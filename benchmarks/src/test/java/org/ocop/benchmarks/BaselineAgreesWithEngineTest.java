package org.ocop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;

/**
 * The hand-written baseline does the engine's work, or the benchmark compares different things: on every
 * sheet of QD-26-2026, for several councils, the baseline's rank and average equal the engine's.
 */
class BaselineAgreesWithEngineTest {

    @Test
    void sameRankAndAverageOnEverySheet() {
        Rulebook rulebook = Subjects.qd26();
        int ranks = 0;
        for (CriteriaSheet sheet : rulebook.getSheets()) {
            IntArraySheet flat = IntArraySheet.of(rulebook, sheet);
            for (int seed = 0; seed < 4; seed++) {
                Evaluation e = Fixtures.evaluation(sheet, 3 + 2 * seed, 97L * sheet.getNumber() + seed, seed);
                int[][] choices = flat.choices(e);
                long packed = IntArrayScorer.score(flat, choices, new int[3 * choices.length]);
                ScoreResult result = ScoringEngine.standard().score(rulebook, e);
                assertThatCode(() -> Subjects.checkSame(flat, packed, result, e)).doesNotThrowAnyException();
                ranks |= 1 << (int) (packed >>> 32);
            }
        }
        // the fixtures reach more than one rank, so gates and bands are both exercised
        assertThat(Integer.bitCount(ranks)).isGreaterThan(1);
    }

    @Test
    void outOfRangeOrMissingChoiceIsRefused() {
        Rulebook rulebook = Subjects.qd26();
        CriteriaSheet sheet = rulebook.sheet(1).orElseThrow();
        IntArraySheet flat = IntArraySheet.of(rulebook, sheet);
        int[][] choices = flat.choices(Fixtures.evaluation(sheet, 3, 1L, 1));
        choices[1][0] = 99;
        assertThat(IntArrayScorer.score(flat, choices, new int[9])).isZero();
        choices[1][0] = -1; // criterion 1.1 is not conditional
        assertThat(IntArrayScorer.score(flat, choices, new int[9])).isZero();
    }
}
