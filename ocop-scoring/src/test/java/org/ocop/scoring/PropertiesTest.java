package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Property tests over seeded random evaluations on every sheet of 26/2026 (and the complete 148 sheets): bounds,
 * monotonicity, member order, and that next-star plans really reach the next rank.
 */
class PropertiesTest {

    private static final ScoringEngine ENGINE = ScoringEngine.standard();
    private static final ScoringEngine NO_ADVICE = ScoringEngine.with(ScoringPolicy.builder().computeNextStar(false).build());

    static Map<String, Integer> randomChoices(CriteriaSheet sheet, Random rnd, int bias) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (Criterion leaf : sheet.getLeafCriteria()) {
            int size = leaf.getScoringOptions().size();
            if (leaf.getKind() == CriterionKind.CONDITIONAL && rnd.nextInt(4) == 0) {
                continue;
            }
            // bias > 0 pushes towards better options so that every band is visited
            int pick = rnd.nextInt(size);
            for (int i = 0; i < bias; i++) {
                pick = Math.max(pick, rnd.nextInt(size));
            }
            // a criterion whose condition is data applies only when its required criterion is above option 0
            if (leaf.getRequiredCriterion().map(r -> c.getOrDefault(r, 0) == 0).orElse(false)) {
                continue;
            }
            c.put(leaf.getCode(), pick);
        }
        return c;
    }

    static Evaluation randomEvaluation(CriteriaSheet sheet, Random rnd, int members) {
        Fixtures.Eval e = new Fixtures.Eval(ProductSet.ofSheet(sheet.getNumber()));
        int bias = rnd.nextInt(4);
        for (int m = 0; m < members; m++) {
            e.member("m" + m, randomChoices(sheet, rnd, bias));
        }
        return e.build();
    }

    static Stream<Object[]> sheets() {
        List<Object[]> all = new ArrayList<>();
        for (String id : List.of(Rulebooks.QD_26_2026, Rulebooks.QD_148_2023)) {
            Rulebook rb = Rulebooks.byId(id).orElseThrow();
            for (CriteriaSheet s : rb.getSheets()) {
                if (s.isComplete() && s.getLeafCriteria().stream().allMatch(l -> l.getScoringOptions().stream()
                        .allMatch(o -> o.isPointsKnown()))) {
                    all.add(new Object[] {rb, s});
                }
            }
        }
        return all.stream();
    }

    @TestFactory
    Stream<DynamicTest> boundsOrderAndPlans() {
        return sheets().map(x -> {
            Rulebook rb = (Rulebook) x[0];
            CriteriaSheet sheet = (CriteriaSheet) x[1];
            return DynamicTest.dynamicTest(rb.getId() + " sheet " + sheet.getNumber(), () -> {
                Random rnd = new Random(sheet.getNumber() * 7919L + rb.getId().hashCode());
                for (int i = 0; i < 25; i++) {
                    Evaluation ev = randomEvaluation(sheet, rnd, 1 + rnd.nextInt(5));
                    ScoreResult r = ENGINE.score(rb, ev);
                    checkBounds(sheet, r);
                    checkOrder(rb, ev, r, rnd);
                    checkPlan(rb, ev, r);
                }
            });
        });
    }

    /**
     * The lean path agrees with the explained one under every policy choice it implements: gate aggregation
     * (with a consensus sheet), knock-outs on criteria, groups and the sheet under both semantics, and the
     * spread rule.
     */
    @TestFactory
    Stream<DynamicTest> leanRankAgreesWithTheExplainedScoreUnderEveryPolicy() {
        List<ScoringPolicy> policies = new ArrayList<>();
        for (ScoringPolicy.GateAggregation g : ScoringPolicy.GateAggregation.values()) {
            for (ScoringPolicy.KnockoutSemantics k : ScoringPolicy.KnockoutSemantics.values()) {
                policies.add(ScoringPolicy.builder().gateAggregation(g).knockoutSemantics(k).maxSpread(25)
                        .computeNextStar(false).build());
            }
        }
        return sheets().map(x -> {
            Rulebook rb = (Rulebook) x[0];
            CriteriaSheet sheet = (CriteriaSheet) x[1];
            return DynamicTest.dynamicTest(rb.getId() + " sheet " + sheet.getNumber(), () -> {
                Random rnd = new Random(sheet.getNumber() * 104729L + rb.getId().hashCode());
                List<String> codes = new ArrayList<>(sheet.getCriteriaByCode().keySet());
                sheet.getParts().forEach(p -> p.getGroups().forEach(g -> codes.add(g.getCode())));
                for (int i = 0; i < 12; i++) {
                    Evaluation base = randomEvaluation(sheet, rnd, 1 + rnd.nextInt(7));
                    Evaluation.Builder b = Evaluation.builder().from(base)
                            .consensus(org.ocop.core.evaluation.MemberScores.of("consensus",
                                    randomChoices(sheet, rnd, rnd.nextInt(4))));
                    int knockouts = rnd.nextInt(3);
                    for (int k = 0; k < knockouts; k++) {
                        b.addKnockouts(rnd.nextInt(5) == 0 ? org.ocop.core.evaluation.KnockoutFinding.sheet("hồ sơ")
                                : org.ocop.core.evaluation.KnockoutFinding.of(codes.get(rnd.nextInt(codes.size())),
                                        "phát hiện"));
                    }
                    Evaluation ev = b.build();
                    for (ScoringPolicy policy : policies) {
                        ScoreResult explained = ScoringEngine.with(policy).score(rb, ev);
                        Ranking lean = ScoringEngine.with(policy).rank(rb, ev);
                        String where = policy.toOptions() + " council " + i;
                        assertThat(lean.getOutcome()).as(where).isEqualTo(explained.getOutcome());
                        assertThat(lean.getStars()).as(where).isEqualTo(explained.getStars());
                        assertThat(lean.getBand()).as(where).isEqualTo(explained.getBand());
                        assertThat(lean.getAverageScore()).as(where).isEqualByComparingTo(explained.getAverageScore());
                        assertThat(lean.getAverageExact()).as(where).isEqualTo(explained.getAverageExact());
                        assertThat(lean.isRecognisable()).as(where).isEqualTo(explained.isRecognisable());
                        assertThat(lean.getRecognitionLevel()).as(where).isEqualTo(explained.getRecognitionLevel());
                    }
                }
            });
        });
    }

    private static void checkBounds(CriteriaSheet sheet, ScoreResult r) {
        assertThat(r.getAverageScore()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        for (SheetPart p : sheet.getParts()) {
            assertThat(r.getPartAverages().get(p.getCode())).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(p.getMaxPoints()));
            for (CriterionGroup g : p.getGroups()) {
                assertThat(r.getGroupAverages().get(g.getCode())).isLessThanOrEqualTo(BigDecimal.valueOf(g.getMaxPoints()));
            }
        }
        r.getMemberTotals().forEach(t -> assertThat(t.getTotal()).isBetween(0, 100)
                .isEqualTo(t.getPartTotals().values().stream().mapToInt(Integer::intValue).sum()));
        assertThat(r.getStars().orElseThrow()).isLessThanOrEqualTo(r.getBand());
    }

    private static void checkOrder(Rulebook rb, Evaluation ev, ScoreResult r, Random rnd) {
        List<org.ocop.core.evaluation.MemberScores> shuffled = new ArrayList<>(ev.getMemberScores());
        Collections.shuffle(shuffled, rnd);
        Evaluation.Builder b = Evaluation.builder();
        b.from(ev);
        b.memberScores(shuffled);
        ScoreResult s = NO_ADVICE.score(rb, b.build());
        assertThat(s.getAverageScore()).isEqualByComparingTo(r.getAverageScore());
        assertThat(s.getBand()).isEqualTo(r.getBand());
        assertThat(s.getStars()).isEqualTo(r.getStars());
        assertThat(s.getGates()).extracting(GateCheck::isMet).containsExactlyElementsOf(
                r.getGates().stream().map(GateCheck::isMet).toList());
        assertThat(s.getPartAverages()).isEqualTo(r.getPartAverages());
    }

    private static void checkPlan(Rulebook rb, Evaluation ev, ScoreResult r) {
        if (r.getStars().orElseThrow() == StarRating.FIVE) {
            assertThat(r.getNextStar()).isEmpty();
            return;
        }
        NextStarAdvice a = r.getNextStar().orElseThrow();
        assertThat(a.getTarget()).isEqualTo(r.getStars().get().next());
        assertThat(Advisor.standard().advise(rb, ev)).contains(a);
        if (a.isReachable()) {
            ScoreResult after = NO_ADVICE.score(rb, Advisor.apply(rb, ev, a.getPlan()));
            assertThat(after.getStars().orElseThrow()).as("plan %s", a.getPlan()).isGreaterThanOrEqualTo(a.getTarget());
            BigDecimal gained = a.getPlan().stream().map(p -> p.getPointsGained()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(after.getAverageScore().subtract(r.getAverageScore()).subtract(gained).abs())
                    .isLessThan(new BigDecimal("0.000000001"));
        } else {
            assertThat(a.getPlan()).isEmpty();
        }
    }

    /** The engine is stateless: scoring in parallel gives the same results as in sequence. */
    @org.junit.jupiter.api.Test
    void parallelScoringMatchesSequential() {
        Rulebook rb = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        Random rnd = new Random(42);
        List<Evaluation> evs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            evs.add(randomEvaluation(rb.getSheets().get(i % rb.getSheets().size()), rnd, 1 + rnd.nextInt(4)));
        }
        List<ScoreResult> sequential = evs.stream().map(e -> ENGINE.score(rb, e)).toList();
        List<ScoreResult> parallel = evs.parallelStream().map(e -> ENGINE.score(rb, e)).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    /** Raising one member's option on one criterion (26/2026: options ascend in points) never lowers the rank. */
    @TestFactory
    Stream<DynamicTest> raisingAnOptionNeverLowersTheRank() {
        Rulebook rb = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        return rb.getSheets().stream().map(sheet -> DynamicTest.dynamicTest("sheet " + sheet.getNumber(), () -> {
            Random rnd = new Random(31L * sheet.getNumber());
            List<Criterion> leaves = sheet.getLeafCriteria().stream()
                    .filter(l -> l.getKind() != CriterionKind.ALTERNATIVES).toList();
            for (int i = 0; i < 40; i++) {
                Evaluation ev = randomEvaluation(sheet, rnd, 1 + rnd.nextInt(4));
                ScoreResult before = NO_ADVICE.score(rb, ev);
                int m = rnd.nextInt(ev.getMemberScores().size());
                Criterion leaf = leaves.get(rnd.nextInt(leaves.size()));
                Map<String, Integer> choices = new LinkedHashMap<>(ev.getMemberScores().get(m).getChoices());
                Integer now = choices.get(leaf.getCode());
                int next = now == null ? 0 : now + 1;
                if (next >= leaf.getScoringOptions().size()
                        || leaf.getRequiredCriterion().map(r -> choices.getOrDefault(r, 0) == 0).orElse(false)) {
                    continue; // no higher option, or the criterion does not apply (5.2 without a story on 5.1)
                }
                choices.put(leaf.getCode(), next);
                List<org.ocop.core.evaluation.MemberScores> members = new ArrayList<>(ev.getMemberScores());
                members.set(m, org.ocop.core.evaluation.MemberScores.of(members.get(m).getMemberId(), choices));
                Evaluation.Builder b = Evaluation.builder();
                b.from(ev);
                b.memberScores(members);
                ScoreResult after = NO_ADVICE.score(rb, b.build());
                assertThat(after.getStars().orElseThrow()).as("%s raised to %d", leaf.getCode(), next)
                        .isGreaterThanOrEqualTo(before.getStars().orElseThrow());
                assertThat(after.getAverageScore()).isGreaterThanOrEqualTo(before.getAverageScore());
            }
        }));
    }
}
