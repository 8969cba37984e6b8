package org.ocop.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.rules.PartCode;

/** Builders, immutability and the derived view of the result package's value types. */
class ResultConstructionTest {

    private static GateCheck gate(String code, boolean met) {
        return GateCheck.builder().criterionCode(code).star(StarRating.THREE).requiredOption(1)
                .putMemberChoice("m1", met ? 1 : 0).met(met).build();
    }

    private static ScoreResult.Builder result() {
        // one member: 20 + 20 + 15 = 55 → 3★ band
        return ScoreResult.builder().rulebookId("QD-TEST-2026").sheetNumber(1).productId("SP-1")
                .addMemberTotals(MemberTotal.builder().memberId("m1").total(55).putPartTotal(PartCode.A, 20)
                        .putPartTotal(PartCode.B, 20).putPartTotal(PartCode.C, 15).build())
                .averageScore(new BigDecimal("55")).band(StarRating.THREE).outcome(Outcome.RANKED)
                .stars(StarRating.THREE).recognisable(true).recognitionLevel(AuthorityLevel.PROVINCE)
                .fiveStarPotential(false);
    }

    @Test
    void aResultRecordsItsPolicyAndKeepsWarningsApartFromNotFinalReasons() {
        assertThat(result().build().getPolicy()).isEqualTo(ScoringPolicy.standard());
        ScoringPolicy spread = ScoringPolicy.builder().maxSpread(10).build();
        assertThat(result().policy(spread).build().getPolicy()).isEqualTo(spread);
        assertThatThrownBy(() -> result().addWarnings(ResultNote.of(NoteCode.CHAIR_ABSENT, "a")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHAIR_ABSENT is a not-final reason");
        assertThatThrownBy(() -> result().outcome(Outcome.NOT_FINAL).recognisable(false).recognitionLevel(
                java.util.Optional.empty()).addNotFinalReasons(ResultNote.of(NoteCode.RULEBOOK_TRANSCRIBED, "X"))
                .build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RULEBOOK_TRANSCRIBED is a warning");
    }

    @Test
    void aResultIsBuiltAndListsItsFailedGates() {
        ScoreResult r = result().addGates(gate("1.1", true), gate("3", false)).build();
        assertThat(r.getFailedGates()).extracting(GateCheck::getCriterionCode).containsExactly("3");
        assertThat(r.getStars()).contains(StarRating.THREE);
        assertThat(r.getEvaluationId()).isEmpty();
        assertThat(r.getNextStar()).isEmpty();
        assertThat(r.getMemberTotals().get(0).getPartTotals()).containsEntry(PartCode.C, 15);
        assertThat(r).isEqualTo(result().addGates(gate("1.1", true), gate("3", false)).build());
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> ScoreResult.builder().rulebookId("X").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("averageScore").hasMessageContaining("band").hasMessageContaining("outcome");
        assertThatThrownBy(() -> PlanStep.builder().criterionCode("1.1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toOption").hasMessageContaining("pointsGained");
        assertThatThrownBy(() -> NextStarAdvice.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("target").hasMessageContaining("pointsLacking");
    }

    @Test
    void nextStarAdviceHoldsAPlan() {
        // from 55 to the 4★ band at 70: 15 points lacking
        NextStarAdvice advice = NextStarAdvice.builder().target(StarRating.FOUR).pointsLacking(new BigDecimal("15"))
                .addPlan(PlanStep.builder().criterionCode("3").fromOption(1).toOption(2)
                        .pointsGained(new BigDecimal("20")).build())
                .reachable(true).build();
        ScoreResult r = result().nextStar(advice).build();
        assertThat(r.getNextStar()).map(NextStarAdvice::getPlan).get().asList().hasSize(1);
        assertThatThrownBy(() -> advice.getPlan().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapsAreDefensiveCopies() {
        Map<String, Integer> choices = new HashMap<>(Map.of("m1", 1));
        GateCheck g = GateCheck.builder().criterionCode("3").star(StarRating.THREE).requiredOption(1)
                .memberChoices(choices).met(true).build();
        choices.put("m2", 0);
        assertThat(g.getMemberChoices()).containsOnlyKeys("m1");
        assertThatThrownBy(() -> g.getMemberChoices().put("m3", 0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRelationsBetweenOutcomeRankBandAndRecognitionAreChecked() {
        // the example: disqualified, yet 5★, recognisable and averaging 10
        assertThatThrownBy(() -> result().outcome(Outcome.DISQUALIFIED).stars(StarRating.FIVE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("disqualified result has no rank");
        assertThatThrownBy(() -> result().averageScore(new BigDecimal("10")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the average");
        assertThatThrownBy(() -> result().stars(StarRating.FOUR).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("above the band");
        assertThatThrownBy(() -> result().outcome(Outcome.NOT_FINAL).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recognisable");
        assertThatThrownBy(() -> result().recognisable(false).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recognition level");
        assertThatThrownBy(() -> ScoreResult.builder().from(result().build()).stars(java.util.Optional.empty())
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("has a rank");
        ScoreResult disqualified = result().outcome(Outcome.DISQUALIFIED).stars(java.util.Optional.empty())
                .recognisable(false).recognitionLevel(java.util.Optional.empty()).build();
        assertThat(disqualified.getStars()).isEmpty();
    }

    @Test
    void exactAverageCouncilFigureAndCappingGates() {
        // two members, 55 and 54: 109/2 = 54.5; a failed 3★ gate caps, a failed 4★ gate lies above the 3★ band
        ScoreResult r = ScoreResult.builder().from(result().build())
                .addMemberTotals(MemberTotal.builder().memberId("m2").total(54).build())
                .averageScore(new BigDecimal("54.5")).stars(StarRating.TWO).recognisable(false)
                .recognitionLevel(java.util.Optional.empty())
                .addGates(gate("1.1", true), gate("3", false),
                        GateCheck.builder().criterionCode("2").star(StarRating.FOUR).requiredOption(1).met(false).build())
                .build();
        assertThat(r.getAverageExact()).isEqualTo("109/2");
        assertThat(r.getTotalSum()).isEqualTo(109);
        assertThat(r.getCouncilAverage()).isEqualByComparingTo("54.50");
        assertThat(r.getCappedBy()).extracting(GateCheck::getCriterionCode).containsExactly("3");
        assertThat(r.getFailedAboveBand()).extracting(GateCheck::getCriterionCode).containsExactly("2");
        assertThat(result().build().getAverageExact()).isEqualTo("55");
    }
}
