package org.ocop.scoring.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Many threads scoring at once give exactly the results of one thread: the engine is stateless apart from its
 * compiled-sheet cache, and rulebooks are immutable values. Every complete sheet of both rulebooks with
 * criteria is scored, with the standard policy and with a non-default one, by more threads than cores, each in
 * its own shuffled order, all starting together.
 */
class ScoringConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @Test
    void concurrentScoringEqualsSingleThreadedScoring() throws Exception {
        List<Task> tasks = new ArrayList<>();
        ScoringEngine lenient = ScoringEngine.with(ScoringPolicy.builder()
                .gateAggregation(ScoringPolicy.GateAggregation.ALL_MEMBERS).maxSpread(10).build());
        for (String id : List.of(Rulebooks.QD_26_2026, Rulebooks.QD_148_2023)) {
            Rulebook rulebook = Rulebooks.byId(id).orElseThrow();
            for (Evaluation e : CouncilSheets.evaluations(rulebook, 7, id.hashCode())) {
                tasks.add(new Task(ScoringEngine.standard(), rulebook, e));
                tasks.add(new Task(lenient, rulebook, e));
            }
        }
        List<ScoreResult> expected = new ArrayList<>();
        for (Task t : tasks) {
            expected.add(t.run());
        }
        assertThat(expected).hasSizeGreaterThan(60); // 26 + 19 complete sheets, two policies

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<ScoreResult[]>> futures = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    long seed = 31L * round + thread;
                    futures.add(pool.submit(() -> scoreShuffled(tasks, seed, start)));
                }
                for (Future<ScoreResult[]> f : futures) {
                    ScoreResult[] actual = f.get();
                    for (int i = 0; i < tasks.size(); i++) {
                        assertThat(actual[i]).as("task %d", i).isEqualTo(expected.get(i));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ScoreResult[] scoreShuffled(List<Task> tasks, long seed, CyclicBarrier start) throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(new SplittableRandom(seed).nextLong()));
        ScoreResult[] results = new ScoreResult[tasks.size()];
        start.await();
        for (int i : order) {
            results[i] = tasks.get(i).run();
        }
        return results;
    }

    private record Task(ScoringEngine engine, Rulebook rulebook, Evaluation evaluation) {
        ScoreResult run() {
            return engine.score(rulebook, evaluation);
        }
    }
}
