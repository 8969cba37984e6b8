package org.ocop.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.Rulebooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BENCHMARKS.md §4, cold start: the first call of {@link Rulebooks#all()} in a fresh JVM, which loads and
 * checks every shipped rulebook (class loading of ocop-json, Jackson and the catalogue included). One
 * measured call per fork and no warm-up: each fork is one cold start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

    /** @return every shipped rulebook */
    @Benchmark
    public List<Rulebook> loadAllRulebooks() {
        return Rulebooks.all();
    }
}
