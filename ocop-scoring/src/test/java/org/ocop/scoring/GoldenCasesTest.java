package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Golden cases: {@code src/test/resources/golden/*.json}, each worked out by hand from the real sheets (the
 * arithmetic is in its {@code "why"}). Format:
 *
 * <pre>{@code
 * {"why": "...", "rulebook": "QD-26-2026", "sheet": 1,
 *  "council": "PROVINCE",                       // optional, default PROVINCE
 *  "policy": {"gates": "ALL_MEMBERS", "knockouts": "ZERO_REMAINING", "maxSpread": 10},   // optional
 *  "members": {"m1": {"base": "best", "1.1": 0, "5.2": null}, "m2": {"base": "m1"}},
 *  "knockouts": [{"code": "2.1", "reason": "..."}, {"reason": "sheet-level"}],
 *  "expect": {"average": "74", "band": 4, "stars": 3, "outcome": "RANKED", "failedGates": ["6.2"],
 *             "recognisable": true, "level": "PROVINCE", "fiveStarPotential": false,
 *             "warnings": ["substring"],
 *             "next": {"target": 4, "lacking": "0", "failingGates": ["6.2"],
 *                      "plan": [{"criterion": "6.2", "from": 2, "to": 4, "gain": "2"}]}}}
 * }</pre>
 *
 * A member's {@code base} is {@code "best"} (every leaf criterion at its last printed option, the best on
 * every sheet; conditional criteria included), {@code "lowest"} (option 0 everywhere, conditional criteria
 * left out) or an earlier member's id; the other keys override a criterion's option index ({@code null}
 * leaves a conditional criterion out). Expected keys that are absent are not checked.
 */
class GoldenCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException, URISyntaxException {
        URL dir = GoldenCasesTest.class.getResource("/golden");
        assertThat(dir).as("golden directory").isNotNull();
        List<Path> files;
        try (Stream<Path> list = Files.list(Paths.get(dir.toURI()))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(read(f))));
    }

    private static JsonNode read(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(JsonNode c) {
        assertThat(c.path("why").asText()).as("every golden case says why").isNotBlank();
        Rulebook rb = Rulebooks.byId(c.path("rulebook").asText()).orElseThrow();
        int sheetNo = c.path("sheet").asInt();
        CriteriaSheet sheet = rb.sheet(sheetNo).orElseThrow();
        Fixtures.Eval e = new Fixtures.Eval(ProductSet.ofSheet(sheetNo));
        if (c.has("council")) {
            e.level(AuthorityLevel.valueOf(c.get("council").asText()));
        }
        Map<String, Map<String, Integer>> members = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.path("members").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> m = it.next();
            Map<String, Integer> choices = choices(sheet, m.getValue(), members);
            members.put(m.getKey(), choices);
            e.member(m.getKey(), choices);
        }
        for (JsonNode k : c.path("knockouts")) {
            e.knockout(k.has("code") ? KnockoutFinding.of(k.get("code").asText(), k.get("reason").asText())
                    : KnockoutFinding.sheet(k.get("reason").asText()));
        }
        ScoringPolicy policy = ScoringPolicy.standard();
        JsonNode p = c.path("policy");
        if (p.has("gates")) {
            policy = ScoringPolicy.builder().from(policy).gateAggregation(ScoringPolicy.GateAggregation.valueOf(p.get("gates").asText())).build();
        }
        if (p.has("knockouts")) {
            policy = ScoringPolicy.builder().from(policy).knockoutSemantics(ScoringPolicy.KnockoutSemantics.valueOf(p.get("knockouts").asText())).build();
        }
        if (p.has("maxSpread")) {
            policy = ScoringPolicy.builder().from(policy).maxSpread(p.get("maxSpread").asInt()).build();
        }
        Evaluation evaluation = e.build();
        ScoreResult r = ScoringEngine.with(policy).score(rb, evaluation);
        check(c.path("expect"), r);
    }

    private static Map<String, Integer> choices(CriteriaSheet sheet, JsonNode spec, Map<String, Map<String, Integer>> earlier) {
        String base = spec.path("base").asText("best");
        Map<String, Integer> choices = new LinkedHashMap<>();
        if (earlier.containsKey(base)) {
            choices.putAll(earlier.get(base));
        } else {
            for (Criterion leaf : sheet.getLeafCriteria()) {
                if (base.equals("best")) {
                    choices.put(leaf.getCode(), leaf.getScoringOptions().size() - 1);
                } else if (base.equals("lowest")) {
                    if (leaf.getKind() != CriterionKind.CONDITIONAL) {
                        choices.put(leaf.getCode(), 0);
                    }
                } else {
                    throw new IllegalArgumentException("unknown base " + base);
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = spec.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> o = it.next();
            if (o.getKey().equals("base")) {
                continue;
            }
            if (o.getValue().isNull()) {
                choices.remove(o.getKey());
            } else {
                choices.put(o.getKey(), o.getValue().asInt());
            }
        }
        return choices;
    }

    private static void check(JsonNode x, ScoreResult r) {
        if (x.has("average")) {
            assertThat(r.getAverageScore()).as("average").isEqualByComparingTo(x.get("average").asText());
        }
        if (x.has("band")) {
            assertThat(r.getBand()).as("band").isEqualTo(StarRating.of(x.get("band").asInt()));
        }
        if (x.has("stars")) {
            if (x.get("stars").isNull()) {
                assertThat(r.getStars()).as("stars").isEmpty();
            } else {
                assertThat(r.getStars()).as("stars").contains(StarRating.of(x.get("stars").asInt()));
            }
        }
        if (x.has("outcome")) {
            assertThat(r.getOutcome()).as("outcome").isEqualTo(Outcome.valueOf(x.get("outcome").asText()));
        }
        if (x.has("failedGates")) {
            List<String> expected = new ArrayList<>();
            x.get("failedGates").forEach(g -> expected.add(g.asText()));
            assertThat(r.failedGates().stream().map(GateCheck::getCriterionCode).distinct().toList())
                    .as("failed gates").containsExactlyInAnyOrderElementsOf(expected);
        }
        if (x.has("recognisable")) {
            assertThat(r.isRecognisable()).as("recognisable").isEqualTo(x.get("recognisable").asBoolean());
        }
        if (x.has("level")) {
            assertThat(r.getRecognitionLevel()).as("level").contains(AuthorityLevel.valueOf(x.get("level").asText()));
        }
        if (x.has("fiveStarPotential")) {
            assertThat(r.isFiveStarPotential()).as("5★ potential").isEqualTo(x.get("fiveStarPotential").asBoolean());
        }
        for (JsonNode w : x.path("warnings")) {
            assertThat(r.getWarnings()).as("warnings").anyMatch(s -> s.contains(w.asText()));
        }
        if (x.has("memberTotals")) {
            List<Integer> totals = new ArrayList<>();
            x.get("memberTotals").forEach(t -> totals.add(t.asInt()));
            assertThat(r.getMemberTotals()).extracting(t -> t.getTotal()).as("member totals").containsExactlyElementsOf(totals);
        }
        if (x.has("next")) {
            JsonNode n = x.get("next");
            assertThat(r.getNextStar()).as("next star").isPresent();
            NextStarAdvice a = r.getNextStar().get();
            assertThat(a.getTarget()).isEqualTo(StarRating.of(n.get("target").asInt()));
            if (n.has("lacking")) {
                assertThat(a.getPointsLacking()).as("lacking").isEqualByComparingTo(n.get("lacking").asText());
            }
            if (n.has("failingGates")) {
                List<String> expected = new ArrayList<>();
                n.get("failingGates").forEach(g -> expected.add(g.asText()));
                assertThat(a.getFailingGates()).as("failing gates").containsExactlyInAnyOrderElementsOf(expected);
            }
            if (n.has("steps")) {
                assertThat(a.getPlan()).as("plan size").hasSize(n.get("steps").asInt());
            }
            if (n.has("plan")) {
                List<PlanStep> plan = a.getPlan();
                assertThat(plan).as("plan").hasSize(n.get("plan").size());
                for (int i = 0; i < plan.size(); i++) {
                    JsonNode s = n.get("plan").get(i);
                    assertThat(plan.get(i).getCriterionCode()).isEqualTo(s.get("criterion").asText());
                    assertThat(plan.get(i).getFromOption()).isEqualTo(s.get("from").asInt());
                    assertThat(plan.get(i).getToOption()).isEqualTo(s.get("to").asInt());
                    assertThat(plan.get(i).getPointsGained()).isEqualByComparingTo(s.get("gain").asText());
                }
            }
        } else if (x.has("noNext")) {
            assertThat(r.getNextStar()).isEmpty();
        }
    }
}
