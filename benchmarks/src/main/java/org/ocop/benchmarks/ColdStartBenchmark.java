package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
 * measured call per fork and no warm-up: each fork is one cold start. The baseline, also cold, parses the
 * same three resources into trees with a plain Jackson {@link ObjectMapper}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

    /**
     * @return the parsed trees of the three rulebook resources
     * @throws IOException if a resource is missing
     */
    @Benchmark
    public List<JsonNode> jacksonReadTreeOfSameResources() throws IOException {
        ObjectMapper plain = new ObjectMapper();
        List<JsonNode> trees = new ArrayList<>();
        for (String id : List.of(Rulebooks.QD_1048_2019, Rulebooks.QD_148_2023, Rulebooks.QD_26_2026)) {
            try (InputStream in = ColdStartBenchmark.class.getResourceAsStream("/org/ocop/scoring/rulebooks/" + id
                    + ".json")) {
                if (in == null) {
                    throw new IOException("missing resource of " + id);
                }
                trees.add(plain.readTree(in));
            }
        }
        return trees;
    }

    /** @return the rulebook in force today, QD-26-2026, alone (one lazy holder per rulebook) */
    @Benchmark
    public Rulebook loadCurrentRulebookOnly() {
        return Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
    }

    /** @return every shipped rulebook */
    @Benchmark
    public List<Rulebook> loadAllRulebooks() {
        return Rulebooks.all();
    }
}
