package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.scoring.Fixtures.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.PlanStep;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.Rulebook;

/**
 * {@link Advisor}: unit cases on {@link Fixtures#small()} (1.1 = 0/10/20(3★)/40(4★), 2.1 = 0/5/15/25(5★),
 * 3.1 = 0/10/20/35) and a brute-force check that no smaller plan exists.
 */
class AdvisorTest {

    private static final Rulebook SMALL = Fixtures.rulebook(Fixtures.small());
    private static final Rulebook SPECIAL = Fixtures.rulebook(Fixtures.special());
    private static final ScoringEngine NO_ADVICE = ScoringEngine.with(ScoringPolicy.builder().computeNextStar(false).build());

    @Test
    void pointsLackingGiveTheBiggestSingleStep() {
        // 20 + 5 + 10 = 35: 2★; 3★ needs 50, lacks 15. One step suffices; the biggest is 3.1 → 35 (+25).
        NextStarAdvice a = Advisor.standard().advise(SMALL, eval().member("m1", Map.of("1.1", 2, "2.1", 1, "3.1", 1))
                .build()).orElseThrow();
        assertThat(a.getTarget()).isEqualTo(StarRating.THREE);
        assertThat(a.getPointsLacking()).isEqualByComparingTo("15");
        assertThat(a.getFailingGates()).isEmpty();
        assertThat(a.isReachable()).isTrue();
        assertThat(a.getPlan()).singleElement().satisfies(s -> {
            assertThat(s.getCriterionCode()).isEqualTo("3.1");
            assertThat(s.getFromOption()).isEqualTo(1);
            assertThat(s.getToOption()).isEqualTo(3);
            assertThat(s.getPointsGained()).isEqualByComparingTo("25");
        });
    }

    @Test
    void failingGateIsForcedIntoThePlan() {
        // 10 + 25 + 35 = 70, 3★ gate on 1.1 failed: 2★; target 3★ needs 1.1 at option 2 or better
        NextStarAdvice a = Advisor.standard().advise(SMALL, eval().member("m1", Map.of("1.1", 1, "2.1", 3, "3.1", 3))
                .build()).orElseThrow();
        assertThat(a.getPointsLacking()).isEqualByComparingTo("0");
        assertThat(a.getFailingGates()).containsExactly("1.1");
        assertThat(a.getPlan()).extracting(PlanStep::getCriterionCode).containsExactly("1.1");
        assertThat(a.getPlan().get(0).getToOption()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void multiMemberStepRaisesOnlyMembersBelow() {
        // m1 3.1 at option 3 (35), m2 at option 1 (10): a step to 3 raises m2 only, +25 / 2 = 12.5
        Evaluation ev = eval().member("m1", Map.of("1.1", 2, "2.1", 0, "3.1", 3))
                .member("m2", Map.of("1.1", 2, "2.1", 0, "3.1", 1)).build();
        // totals 55 and 30: 85 / 2 = 42.5, 2★; 3★ lacks 7.5
        NextStarAdvice a = Advisor.standard().advise(SMALL, ev).orElseThrow();
        assertThat(a.getPointsLacking()).isEqualByComparingTo("7.5");
        Evaluation applied = Advisor.apply(SMALL, ev, a.getPlan());
        assertThat(NO_ADVICE.score(SMALL, applied).getStars()).contains(StarRating.THREE);
        assertThat(applied.getMemberScores().get(0).getChoices().get("3.1")).isEqualTo(3);
    }

    @Test
    void noAdviceWhenDisqualifiedOrFiveStars() {
        assertThat(Advisor.standard().advise(SMALL, eval().member("m1", Map.of("1.1", 3, "2.1", 3, "3.1", 3)).build()))
                .isEmpty();
        assertThat(Advisor.standard().advise(SMALL, eval().member("m1", Map.of("1.1", 0, "2.1", 0, "3.1", 0))
                .knockout(KnockoutFinding.sheet("forged")).build())).isEmpty();
    }

    @Test
    void unreachableWhenAKnockedOutCriterionHoldsAGate() {
        // ZERO_REMAINING on 1.3.2 (carries the 3★ gate): 3★ can never be reached
        ScoringPolicy zero = ScoringPolicy.builder().knockoutSemantics(ScoringPolicy.KnockoutSemantics.ZERO_REMAINING).build();
        NextStarAdvice a = Advisor.with(zero).advise(SPECIAL, eval().member("m1", Map.of("1.1", 1, "1.2", 2,
                "1.3.1", 2, "1.3.2", 1, "2.1", 3, "3.1", 2, "4", 1)).knockout(KnockoutFinding.of("1.3.2", "x")).build())
                .orElseThrow();
        assertThat(a.getTarget()).isEqualTo(StarRating.THREE);
        assertThat(a.isReachable()).isFalse();
        assertThat(a.getPlan()).isEmpty();
    }

    @Test
    void conditionalLeftOutCanBePlanned() {
        // special sheet, all at the lowest, 1.2 left out: 0 + 0 + 0 + 0 + 5 + 0 + 0 = 5 → 1★; target 2★ (30) lacks 25
        NextStarAdvice a = Advisor.standard().advise(SPECIAL, eval().member("m1", Map.of("1.1", 0, "1.3.1", 0,
                "1.3.2", 0, "2.1", 0, "3.1", 0, "4", 0)).build()).orElseThrow();
        assertThat(a.getTarget()).isEqualTo(StarRating.TWO);
        assertThat(a.getPointsLacking()).isEqualByComparingTo("25");
        assertThat(a.getPlan()).hasSize(2); // the biggest single gain is 2.1 (+20), so two steps are needed
    }

    /** No plan with fewer steps reaches the target, by brute force over every assignment of steps. */
    @TestFactory
    Stream<DynamicTest> planIsMinimalByBruteForce() {
        return Stream.of(SMALL, SPECIAL).map(rb -> DynamicTest.dynamicTest(rb.getSheets().get(0).getLeafCriteria().size()
                + " leaves", () -> {
            CriteriaSheet sheet = rb.getSheets().get(0);
            Random rnd = new Random(sheet.getLeafCriteria().size());
            int cases = sheet.getLeafCriteria().size() > 4 ? 12 : 60;
            int checked = 0;
            for (int i = 0; i < cases; i++) {
                Evaluation ev = PropertiesTest.randomEvaluation(sheet, rnd, 1 + rnd.nextInt(3));
                StarRating rank = NO_ADVICE.score(rb, ev).getStars().orElseThrow();
                if (rank == StarRating.FIVE) {
                    continue;
                }
                NextStarAdvice a = Advisor.standard().advise(rb, ev).orElseThrow();
                int best = smallestPlan(rb, ev, sheet, a.getTarget());
                checked++;
                if (best < 0) {
                    assertThat(a.isReachable()).as("brute force finds no plan").isFalse();
                } else {
                    assertThat(a.isReachable()).isTrue();
                    assertThat(a.getPlan()).as("plan %s for %s", a.getPlan(), ev.getMemberScores()).hasSize(best);
                    assertThat(NO_ADVICE.score(rb, Advisor.apply(rb, ev, a.getPlan())).getStars().orElseThrow())
                            .isGreaterThanOrEqualTo(a.getTarget());
                }
            }
            assertThat(checked).as("cases below 5★").isGreaterThan(cases / 2);
        }));
    }

    /** The fewest steps among every combination of (leaf → skip or any option), or -1. */
    private static int smallestPlan(Rulebook rb, Evaluation ev, CriteriaSheet sheet, StarRating target) {
        List<Criterion> leaves = sheet.getLeafCriteria();
        int[] radix = new int[leaves.size()];
        long combos = 1;
        for (int i = 0; i < radix.length; i++) {
            radix[i] = leaves.get(i).getScoringOptions().size() + 1;
            combos *= radix[i];
        }
        int best = -1;
        for (long code = 0; code < combos; code++) {
            long rest = code;
            List<PlanStep> steps = new ArrayList<>();
            for (int i = 0; i < radix.length; i++) {
                int digit = (int) (rest % radix[i]);
                rest /= radix[i];
                if (digit > 0) {
                    steps.add(PlanStep.builder().criterionCode(leaves.get(i).getCode()).fromOption(0)
                            .toOption(digit - 1).pointsGained(java.math.BigDecimal.ZERO).build());
                }
            }
            if (best >= 0 && steps.size() >= best) {
                continue;
            }
            if (NO_ADVICE.score(rb, Advisor.apply(rb, ev, steps)).getStars().orElseThrow().compareTo(target) >= 0) {
                best = steps.size();
            }
        }
        return best;
    }
}
