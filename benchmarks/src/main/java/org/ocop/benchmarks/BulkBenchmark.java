package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BENCHMARKS.md §3, bulk: a generated national-scale registry of evaluations (20,000 products, 7-member
 * councils, every sheet of QD-26-2026 in turn) read from JSON, scored and reported, on one core
 * ({@code -XX:ActiveProcessorCount=1}, and run under {@code taskset -c 0}) with a small heap ({@code
 * -Xmx256m}).
 *
 * <p>The registry is a file of one compact evaluation document per line (JSON Lines), generated once per
 * trial. Documents are streamed: one line's bytes are read, bound, validated, fitted to the sheet and scored,
 * then dropped; only the products and their recognition events are kept, as the {@link Registry} needs them.
 * {@code readRankReport} ranks with the lean path instead of the explained score. {@code jacksonReadTree}
 * parses the same lines with plain Jackson, the baseline.
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
     * Writes the registry file, unless a file of the same size parameter is already there.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        rulebook = Subjects.qd26();
        plain = new ObjectMapper();
        file = Path.of(System.getProperty("java.io.tmpdir"), "ocop-bulk-registry-" + products + "-v1.jsonl");
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile("ocop-bulk", ".jsonl");
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                for (int i = 0; i < products; i++) {
                    int sheet = 1 + i % 26;
                    Evaluation e = Fixtures.evaluation(rulebook.sheet(sheet).orElseThrow(), 7, 1_000_003L * i, i);
                    // the canonical form is indented; one compact document per line
                    out.write(plain.writeValueAsString(plain.readTree(OcopJson.write(e))));
                    out.write('\n');
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * @return the number of documents parsed
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long jacksonReadTree() throws IOException {
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                count += plain.readTree(line.getBytes(StandardCharsets.UTF_8)).size();
            }
        }
        return count;
    }

    /** @return the registry report of every product on the day after the last decision */
    @Benchmark
    public RegistryReport readScoreReport() {
        return run(false);
    }

    /**
     * The same work with the lean path ({@link ScoringEngine#rank}) instead of the explained score.
     *
     * @return the registry report of every product on the day after the last decision
     */
    @Benchmark
    public RegistryReport readRankReport() {
        return run(true);
    }

    private RegistryReport run(boolean lean) {
        List<org.ocop.core.product.Product> all = new ArrayList<>(products);
        List<LifecycleEvent> events = new ArrayList<>(products);
        LifecyclePolicy lifecycle = LifecyclePolicy.standard();
        ScoringEngine engine = ScoringEngine.standard();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Evaluation e = OcopJson.readEvaluation(line.getBytes(StandardCharsets.UTF_8));
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Registry.of(all, events).reportOn(Fixtures.SUBMITTED_ON.plusDays(31));
    }
}
