package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.Ranking;
import org.ocop.scoring.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * BENCHMARKS.md §2, JSON: one evaluation document (9 members, QD-26-2026) read, bound, validated and scored,
 * against plain Jackson {@code readTree} of the same bytes. Each stage is its own benchmark, so the cost of a
 * stage is the difference between two rows:
 *
 * <ol>
 *   <li>{@code jacksonReadTree}: a default {@link ObjectMapper} parses the bytes into a tree (the baseline);</li>
 *   <li>{@code bind}: the declared bindings parse and bind to {@link Evaluation} (strict reading, the domain
 *       model's own checks), without Bean Validation, through {@link OcopJson#mapper()};</li>
 *   <li>{@code read}: {@link OcopJson#readEvaluation(byte[])}, i.e. bind + Bean Validation (the library's
 *       validator: a fast check derived from the constraints proves the value valid; the full validation runs
 *       only when it may have a violation);</li>
 *   <li>{@code score}: {@link ScoringEngine#score} of the evaluation read once (its own cost);</li>
 *   <li>{@code readAndScore}: read + bind + validate + score, the whole path (the issue 11 goal: within 3×
 *       {@code jacksonReadTree});</li>
 *   <li>{@code rank}: {@link ScoringEngine#rank} of the evaluation read once (rank, exact average, outcome
 *       without the explanation);</li>
 *   <li>{@code readAndRank}: read + bind + validate + rank, the bulk path.</li>
 * </ol>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    /** The sheet of the evaluated product. */
    @Param({"1"})
    public int sheet;

    private byte[] document;
    private Rulebook rulebook;
    private ObjectMapper plain;
    private ObjectReader binder;
    private Evaluation evaluation;

    /** Writes the evaluation document once. */
    @Setup
    public void setUp() {
        rulebook = Subjects.qd26();
        CriteriaSheet criteria = rulebook.sheet(sheet).orElseThrow();
        document = OcopJson.write(Fixtures.evaluation(criteria, 9, 20260901L + sheet, sheet))
                .getBytes(StandardCharsets.UTF_8);
        plain = new ObjectMapper();
        binder = OcopJson.mapper().readerFor(Evaluation.class);
        evaluation = OcopJson.readEvaluation(document);
        // the stages must agree: what was written reads back equal
        if (!evaluation.equals(bindOnly())) {
            throw new IllegalStateException("bind and readEvaluation disagree");
        }
    }

    /** @return the document size in bytes (printed by the runner) */
    public int documentLength() {
        return document.length;
    }

    /**
     * @return the tree
     * @throws IOException never for this document
     */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return plain.readTree(document);
    }

    /** @return the bound, unvalidated evaluation */
    @Benchmark
    public Evaluation bind() {
        return bindOnly();
    }

    private Evaluation bindOnly() {
        try {
            return binder.readValue(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the validated evaluation */
    @Benchmark
    public Evaluation read() {
        return OcopJson.readEvaluation(document);
    }

    /** @return the result of an evaluation already read */
    @Benchmark
    public ScoreResult score() {
        return ScoringEngine.standard().score(rulebook, evaluation);
    }

    /** @return the result */
    @Benchmark
    public ScoreResult readAndScore() {
        return ScoringEngine.standard().score(rulebook, OcopJson.readEvaluation(document));
    }

    /** @return the rank of an evaluation already read */
    @Benchmark
    public Ranking rank() {
        return ScoringEngine.standard().rank(rulebook, evaluation);
    }

    /** @return the rank */
    @Benchmark
    public Ranking readAndRank() {
        return ScoringEngine.standard().rank(rulebook, OcopJson.readEvaluation(document));
    }
}
