package org.ocop.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ocop.examples.conformance.ScoreResultAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.ScoringEngine;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * How a province system runs the OCOP conformance suite ({@code examples/conformance/cases/}) in its own
 * test suite: one dynamic test per case, the case's evaluation scored by <em>your</em> implementation, the
 * result checked against the hand-computed expectation with {@link ScoreResultAssert}. Replace {@link
 * #implementation(Rulebook, ScoringPolicy, Evaluation)} by a call to your system.
 */
class ConformanceSuiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The system under test: here ocop-java itself. */
    private static ScoreResult implementation(Rulebook rulebook, ScoringPolicy policy, Evaluation evaluation) {
        return ScoringEngine.with(policy).score(rulebook, evaluation);
    }

    @TestFactory
    Stream<DynamicTest> conformanceCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ConformanceExport.CASES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("conformance cases").hasSizeGreaterThanOrEqualTo(20);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private static void run(Path dir) throws IOException {
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        Rulebook rulebook = Rulebooks.byId(expected.path("rulebook").asText()).orElseThrow();
        Evaluation evaluation = OcopJson.readEvaluation(Files.readAllBytes(dir.resolve("evaluation.json")), rulebook);
        ScoreResult result = implementation(rulebook, policy(expected.path("policy")), evaluation);
        check(expected.path("expect"), assertThat(result).as(dir.getFileName() + ": " + expected.path("why").asText()));
    }

    private static ScoringPolicy policy(JsonNode p) {
        ScoringPolicy policy = ScoringPolicy.standard();
        if (p.has("gates")) {
            policy = ScoringPolicy.builder().from(policy).gateAggregation(ScoringPolicy.GateAggregation.valueOf(p.get("gates").asText())).build();
        }
        if (p.has("knockouts")) {
            policy = ScoringPolicy.builder().from(policy).knockoutSemantics(ScoringPolicy.KnockoutSemantics.valueOf(p.get("knockouts").asText())).build();
        }
        if (p.has("maxSpread")) {
            policy = ScoringPolicy.builder().from(policy).maxSpread(p.get("maxSpread").asInt()).build();
        }
        return policy;
    }

    private static void check(JsonNode x, ScoreResultAssert result) {
        if (x.has("average")) {
            result.hasAverage(x.get("average").asText());
        }
        if (x.has("band")) {
            result.hasBand(x.get("band").asInt());
        }
        if (x.has("stars")) {
            if (x.get("stars").isNull()) {
                result.isDisqualified();
            } else {
                result.hasStars(x.get("stars").asInt());
            }
        }
        if (x.has("outcome")) {
            result.hasOutcome(Outcome.valueOf(x.get("outcome").asText()));
        }
        if (x.has("failedGates")) {
            result.hasFailedGatesExactly(texts(x.get("failedGates")));
        }
        if (x.has("recognisable")) {
            result.hasRecognisable(x.get("recognisable").asBoolean());
        }
        if (x.has("level")) {
            result.isRecognisedBy(AuthorityLevel.valueOf(x.get("level").asText()));
        }
        if (x.has("fiveStarPotential")) {
            result.hasFiveStarPotential(x.get("fiveStarPotential").asBoolean());
        }
        texts(x.path("warnings")).forEach(result::hasWarningContaining);
        if (x.has("memberTotals")) {
            List<Integer> totals = new ArrayList<>();
            x.get("memberTotals").forEach(t -> totals.add(t.asInt()));
            result.hasMemberTotals(totals);
        }
        if (x.has("next")) {
            JsonNode n = x.get("next");
            Integer steps = null;
            if (n.has("steps")) {
                steps = n.get("steps").asInt();
            } else if (n.has("plan")) {
                steps = n.get("plan").size();
            }
            result.hasNextStar(n.get("target").asInt(), n.has("lacking") ? n.get("lacking").asText() : null,
                    n.has("failingGates") ? texts(n.get("failingGates")) : null, steps);
            for (int i = 0; i < n.path("plan").size(); i++) {
                JsonNode s = n.get("plan").get(i);
                result.hasPlanStep(i, s.get("criterion").asText(), s.get("from").asInt(), s.get("to").asInt(),
                        s.get("gain").asText());
            }
        } else if (x.has("noNext")) {
            result.hasNoNextStar();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void publishedCasesMatchTheEngineGoldenCases() throws IOException {
        assumeThat(Files.isDirectory(ConformanceExport.GOLDEN)).as("run inside the ocop-java repository").isTrue();
        for (Map.Entry<String, String> file : ConformanceExport.export().entrySet()) {
            Path published = ConformanceExport.CASES.resolve(file.getKey());
            assertThat(published).as("regenerate with ConformanceExport.main").exists();
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
