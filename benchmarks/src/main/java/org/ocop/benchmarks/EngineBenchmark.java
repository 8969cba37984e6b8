package org.ocop.benchmarks;

import java.util.concurrent.TimeUnit;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.Ranking;
import org.ocop.scoring.ScoringEngine;
import org.ocop.core.policy.ScoringPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * BENCHMARKS.md §1, the engine against the limit: one 9-member evaluation of QD-26-2026 scored by {@link
 * ScoringEngine} and by the hand-written {@link IntArrayScorer} over int arrays, in the same run.
 *
 * <p>{@code engine} is the standard engine (it also computes the way to the next star); {@code
 * engineNoAdvice} leaves the advice out (policy option {@code nextStar=false}), which is the same work
 * as the baseline plus building the explained result. {@code rank} is the lean path ({@link
 * ScoringEngine#rank}): rank, exact average, outcome and recognition, no explanation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

    /** Sheet 1 (fresh produce) or 26 (community tourism, with alternatives criteria). */
    @Param({"1", "26"})
    public int sheet;

    private Rulebook rulebook;
    private Evaluation evaluation;
    private ScoringEngine noAdvice;
    private IntArraySheet flat;
    private int[][] choices;
    private int[] scratch;

    /** Builds the evaluation and the baseline's arrays, and checks both give the same rank and total. */
    @Setup
    public void setUp() {
        rulebook = Subjects.qd26();
        CriteriaSheet criteria = rulebook.sheet(sheet).orElseThrow();
        evaluation = Fixtures.evaluation(criteria, 9, 20260901L + sheet, sheet);
        noAdvice = ScoringEngine.with(ScoringPolicy.builder().computeNextStar(false).build());
        flat = IntArraySheet.of(rulebook, criteria);
        choices = flat.choices(evaluation);
        scratch = new int[3 * choices.length];
        Subjects.checkSame(flat, IntArrayScorer.score(flat, choices, scratch), ScoringEngine.standard()
                .score(rulebook, evaluation), evaluation);
    }

    /** @return the standard engine's result */
    @Benchmark
    public ScoreResult engine() {
        return ScoringEngine.standard().score(rulebook, evaluation);
    }

    /** @return the result without the next-star advice */
    @Benchmark
    public ScoreResult engineNoAdvice() {
        return noAdvice.score(rulebook, evaluation);
    }

    /** @return the lean path: rank, exact average and outcome, without the explanation */
    @Benchmark
    public Ranking rank() {
        return ScoringEngine.standard().rank(rulebook, evaluation);
    }

    /** @return the baseline's packed rank and total */
    @Benchmark
    public long baseline() {
        return IntArrayScorer.score(flat, choices, scratch);
    }
}
