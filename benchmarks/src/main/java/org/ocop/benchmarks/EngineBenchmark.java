package org.ocop.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
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
 * ScoringEngine#rank}): rank, exact average, outcome and recognition, no explanation. {@code mapsOnly} only
 * visits the members' choice maps: the floor any map-based API pays above the baseline.
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
    private final OptionSum visitor = new OptionSum();

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

    /**
     * The floor of any API that takes the choices as maps: visiting every member's choices once ({@link
     * java.util.Map#forEach}), adding the option indexes, no lookup and no arithmetic on points. The lean
     * path's distance to the baseline is at least this row's.
     *
     * @return the sum of the chosen option indexes
     */
    @Benchmark
    public long mapsOnly() {
        visitor.sum = 0;
        List<MemberScores> members = evaluation.getMemberScores();
        for (int m = 0; m < members.size(); m++) {
            members.get(m).getChoices().forEach(visitor);
        }
        return visitor.sum;
    }

    /** Adds the options it visits (one instance per trial: the row measures the visit, not an allocation). */
    private static final class OptionSum implements BiConsumer<String, Integer> {
        long sum;

        @Override
        public void accept(String code, Integer option) {
            sum += option;
        }
    }

    /** @return the baseline's packed rank and total */
    @Benchmark
    public long baseline() {
        return IntArrayScorer.score(flat, choices, scratch);
    }
}
