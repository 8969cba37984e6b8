package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.Ranking;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.lifecycle.LifecyclePolicy;
import org.ocop.scoring.report.Registry;
import org.ocop.scoring.report.RegistryReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BENCHMARKS.md §3, bulk: a generated national-scale registry of evaluations (20,000 products, 7-member
 * councils, every sheet of QD-26-2026 in turn) read from JSON Lines, ranked and reported, on one core
 * ({@code -XX:ActiveProcessorCount=1}, and run under {@code taskset -c 0}) with a small heap ({@code
 * -Xmx256m}).
 *
 * <p>The registry is a file of one compact evaluation document per line (JSON Lines), written afresh for each
 * trial into a new temporary file and deleted after it (a file left over from an older generator once made the
 * figures wrong). Documents are streamed with {@link OcopJson#readAll}: each is bound, validated, ranked, then
 * dropped; only the products and their recognition events are kept, as the {@link Registry} needs them, so
 * memory is bounded by the report, not by the input. Rows:
 *
 * <ul>
 *   <li>{@code jacksonReadTree}: the same lines parsed into trees with plain Jackson, the baseline;
 *   <li>{@code readOnly}: the documents read and validated with {@link OcopJson#readAll}, nothing else;
 *       {@code readOnlyUnvalidated}: the same without Bean Validation (ocop-json's binding alone);
 *   <li>{@code readRankReport}, the goal (under 2 s): read, rank with the lean {@link ScoringEngine#rank},
 *       record the recognitions, report;
 *   <li>{@code readScoreReport}: the same with the explained {@link ScoringEngine#score}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:ActiveProcessorCount=1"})
public class BulkBenchmark {

    /** The number of products (one evaluation each). */
    @Param({"20000"})
    public int products;

    private Path file;
    private Rulebook rulebook;
    private ObjectMapper plain;

    /**
     * Writes a fresh registry file for this trial.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        rulebook = Subjects.qd26();
        plain = new ObjectMapper();
        file = Files.createTempFile("ocop-bulk-registry-" + products + "-", ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < products; i++) {
                int sheet = 1 + i % 26;
                Evaluation e = Fixtures.evaluation(rulebook.sheet(sheet).orElseThrow(), 7, 1_000_003L * i, i);
                // the canonical form is indented; one compact document per line
                out.write(plain.writeValueAsString(plain.readTree(OcopJson.write(e))));
                out.write('\n');
            }
        }
    }

    /**
     * Deletes the trial's registry file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * @return the number of top-level fields parsed
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long jacksonReadTree() throws IOException {
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                count += plain.readTree(line).size();
            }
        }
        return count;
    }

    /**
     * @return the number of evaluations read and validated
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long readOnly() throws IOException {
        try (InputStream in = Files.newInputStream(file); Stream<Evaluation> all = OcopJson.readAll(in, Evaluation.class)) {
            return all.count();
        }
    }

    /**
     * The reading of {@link #readOnly} without Bean Validation: ocop-json's binding alone.
     *
     * @return the number of evaluations read
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long readOnlyUnvalidated() throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Stream<Evaluation> all = OcopJson.reader(OcopValidation.none()).readAll(in, Evaluation.class)) {
            return all.count();
        }
    }

    /**
     * Reads, ranks with the lean path ({@link ScoringEngine#rank}) and reports.
     *
     * @return the registry report of every product on the day after the last decision
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public RegistryReport readRankReport() throws IOException {
        return run(true);
    }

    /**
     * The same work with the explained score.
     *
     * @return the registry report of every product on the day after the last decision
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public RegistryReport readScoreReport() throws IOException {
        return run(false);
    }

    private RegistryReport run(boolean lean) throws IOException {
        List<Product> all = new ArrayList<>(products);
        List<LifecycleEvent> events = new ArrayList<>(products);
        LifecyclePolicy lifecycle = LifecyclePolicy.standard();
        ScoringEngine engine = ScoringEngine.standard();
        try (InputStream in = Files.newInputStream(file); Stream<Evaluation> evaluations = OcopJson.readAll(in, Evaluation.class)) {
            Iterator<Evaluation> it = evaluations.iterator();
            int n = 0;
            while (it.hasNext()) {
                Evaluation e = it.next();
                all.add(e.getProduct());
                boolean recognisable;
                StarRating rank;
                AuthorityLevel level;
                if (lean) {
                    Ranking r = engine.rank(rulebook, e);
                    recognisable = r.isRecognisable();
                    rank = r.getStars().orElse(null);
                    level = r.getRecognitionLevel().orElse(null);
                } else {
                    ScoreResult r = engine.score(rulebook, e);
                    recognisable = r.isRecognisable();
                    rank = r.getStars().orElse(null);
                    level = r.getRecognitionLevel().orElse(null);
                }
                if (recognisable) {
                    LocalDate day = e.getEvaluatedOn().orElse(e.getSubmittedOn());
                    events.add(LifecycleEvent.recognised(lifecycle.issue(e.getProduct().getId(), rank, level,
                            "UBND tỉnh", (++n) + "/QĐ-UBND", day, rulebook.getId())));
                }
            }
        }
        return Registry.of(all, events).reportOn(Fixtures.SUBMITTED_ON.plusDays(31));
    }
}
