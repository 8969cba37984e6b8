package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.Ranking;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.rulebooks.RulebookCatalogue;
import org.ocop.scoring.rulebooks.Rulebooks;
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
 * BENCHMARKS.md §4, cold start: one call in a fresh JVM. One measured call per fork and no warm-up, so each fork
 * is one cold start (class loading and initialisation of ocop-java and Jackson included); run with many forks
 * ({@code -f 20}) and compare medians. The set-up only reads the evaluation file's bytes with {@code
 * java.nio}: no class of ocop-java or Jackson is touched before the measured call.
 *
 * <ul>
 *   <li>{@code jacksonReadTreeEvaluationAndSheet}, the baseline: a plain Jackson {@link ObjectMapper} parses the
 *       evaluation and the shipped document of its sheet into trees;
 *   <li>{@code readAndScore}, the goal (at most 1.5× the baseline): read and validate the evaluation, choose its
 *       rulebook, score it with the explained {@link ScoringEngine#score};
 *   <li>{@code readAndRank}: the same with the lean {@link ScoringEngine#rank};
 *   <li>the parts: {@code readEvaluation} (read and validate only), {@code validationBootstrap} (Bean
 *       Validation's start and one validation of a tiny value), {@code loadSheet} (the catalogue, the
 *       rulebook's header and its one sheet);
 *   <li>{@code loadAllRulebooks}: every shipped rulebook with every sheet (reported, not a goal).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

    /** The evaluation document, relative to the working directory (the repository root). */
    @Param({"examples/src/main/resources/samples/evaluations/green-tea.json"})
    public String evaluation;

    /** The evaluation's sheet (green tea: set TEA, sheet 11), for the baseline. */
    @Param({"11"})
    public int sheet;

    private byte[] bytes;

    /**
     * Reads the evaluation's bytes.
     *
     * @throws IOException if the file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        bytes = Files.readAllBytes(Path.of(evaluation));
    }

    /**
     * @return the trees of the evaluation and of its sheet's shipped document
     * @throws IOException if the sheet resource is missing
     */
    @Benchmark
    public JsonNode[] jacksonReadTreeEvaluationAndSheet() throws IOException {
        ObjectMapper plain = new ObjectMapper();
        String resource = String.format(Locale.ROOT, "/org/ocop/scoring/rulebooks/QD-26-2026.sheet-%02d.json", sheet);
        try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new JsonNode[] {plain.readTree(bytes), plain.readTree(in)};
        }
    }

    /** @return the explained result of the evaluation, under the rulebook chosen for it */
    @Benchmark
    public ScoreResult readAndScore() {
        Evaluation e = OcopJson.readEvaluation(bytes);
        Rulebook rulebook = RulebookCatalogue.standard().forEvaluation(e).getRulebook();
        return ScoringEngine.standard().score(rulebook, e);
    }

    /** @return the lean ranking of the evaluation */
    @Benchmark
    public Ranking readAndRank() {
        Evaluation e = OcopJson.readEvaluation(bytes);
        Rulebook rulebook = RulebookCatalogue.standard().forEvaluation(e).getRulebook();
        return ScoringEngine.standard().rank(rulebook, e);
    }

    /** @return the evaluation, read and validated */
    @Benchmark
    public Evaluation readEvaluation() {
        return OcopJson.readEvaluation(bytes);
    }

    /** @return the violations of a tiny value (none): Bean Validation's bootstrap and one validation */
    @Benchmark
    public List<Violation> validationBootstrap() {
        return OcopValidation.standard().violations(LocalizedText.of("chè", "tea"));
    }

    /** @return the evaluation's sheet: the catalogue's index, QD-26-2026's header and that one sheet */
    @Benchmark
    public CriteriaSheet loadSheet() {
        return Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow().sheet(sheet).orElseThrow();
    }

    /** @return the number of sheets of every shipped rulebook, every sheet read */
    @Benchmark
    public int loadAllRulebooks() {
        int sheets = 0;
        for (Rulebook r : Rulebooks.all()) {
            for (CriteriaSheet s : r.getSheets()) {
                sheets += s.getNumber() > 0 ? 1 : 0;
            }
        }
        return sheets;
    }
}
