package org.ocop.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.rulebooks.Rulebooks;
import org.ocop.test.conformance.CaseReader;
import org.ocop.test.conformance.ConformanceCase;
import org.ocop.test.conformance.ConformanceCaseException;
import org.ocop.test.conformance.ConformanceSuite;
import org.ocop.test.conformance.ExactAverage;
import org.ocop.test.conformance.NeutralResult;
import org.opentest4j.AssertionFailedError;

/** The kit's own behaviour: the reader's two forms and its errors, exact averages, assertions, neutral results. */
class KitTest {

    static final Rulebook QD26 = Rulebooks.byId("QD-26-2026").orElseThrow();

    static ConformanceCase read(String json) {
        return CaseReader.standard().read("t", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static ConformanceCase shipped(String name) {
        return CaseReader.standard().getShippedCases().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    static NeutralResult neutral(ScoreResult r) {
        return NeutralResult.of(r.getStars().map(StarRating::stars), ExactAverage.of(
                r.getMemberTotals().stream().mapToLong(t -> t.getTotal()).sum(), r.getMemberTotals().size()),
                r.getOutcome(), r.getFailedGates().stream().map(GateCheck::getCriterionCode).collect(Collectors.toSet()));
    }

    @Test
    void theCompactAndTheFullFormReadTheSameChoices() {
        // sheet 1 of 26/2026 in printed order; the last option of every leaf is the best, so "best" = these indexes
        ConformanceCase full = read("{\"why\":\"w\",\"rulebook\":\"QD-26-2026\",\"sheet\":1,"
                + "\"members\":{\"m1\":{\"base\":\"best\",\"1.3\":1,\"5.2\":null}},\"expect\":{}}");
        String compact = CaseReader.compactOf(QD26.sheet(1).orElseThrow(), full.getMembers().get(0).getChoices());
        assertThat(compact).contains("-").contains(" ");
        ConformanceCase c = read("{\"why\":\"w\",\"rulebook\":\"QD-26-2026\",\"sheet\":1,\"compact\":{\"m1\":\""
                + compact.replace(" ", " | ") + "\"},\"expect\":{}}");
        assertThat(c.getMembers()).containsExactly(MemberScores.of("m1", full.getMembers().get(0).getChoices()));
        assertThat(c.getMembers().get(0).getChoices()).containsEntry("1.3", 1).doesNotContainKey("5.2");
    }

    @Test
    void aBadCaseNamesTheCaseAndTheField() {
        String head = "{\"why\":\"w\",\"rulebook\":\"QD-26-2026\",\"sheet\":1,";
        assertThatThrownBy(() -> read(head + "\"compact\":{\"m1\":\"012\"},\"expect\":{}}"))
                .isInstanceOf(ConformanceCaseException.class).hasMessageContaining("Case t: member m1")
                .hasMessageContaining("has 3 choices but sheet 1 has");
        assertThatThrownBy(() -> read(head + "\"compact\":{\"m1\":\"-\"},\"members\":{},\"expect\":{}}"))
                .hasMessageContaining("either as 'compact' or as 'members'");
        assertThatThrownBy(() -> read(head + "\"policy\":{\"rounding\":\"2\"},\"members\":{\"m1\":{}},\"expect\":{}}"))
                .hasMessageContaining("Case t: Unknown policy option 'rounding'");
        assertThatThrownBy(() -> read("{\"rulebook\":\"QD-26-2026\",\"sheet\":1,\"members\":{\"m1\":{}},\"expect\":{}}"))
                .hasMessageContaining("'why' is missing");
        assertThatThrownBy(() -> read("{\"why\":\"w\",\"rulebook\":\"QD-9\",\"sheet\":1,\"members\":{\"m1\":{}},\"expect\":{}}"))
                .hasMessageContaining("Unknown rulebook 'QD-9'");
        String firstLeafIsNotConditional = "-" + "0".repeat(QD26.sheet(1).orElseThrow().getLeafCriteria().size() - 1);
        assertThatThrownBy(() -> read(head + "\"compact\":{\"m1\":\"" + firstLeafIsNotConditional + "\"},\"expect\":{}}"))
                .hasMessageContaining("'-' at position 1 but criterion 1.1 is not conditional");
        assertThatThrownBy(() -> read("not json")).isInstanceOf(ConformanceCaseException.class).hasMessageContaining("Case t is not JSON");
    }

    @Test
    void thePolicyOptionsAreTheOnePlaceAPolicyIsBuilt() {
        assertThat(CaseReader.policy(Map.of())).isEqualTo(ScoringPolicy.standard());
        assertThat(CaseReader.policy(Map.of("gates", "ALL_MEMBERS", "maxSpread", "10")))
                .isEqualTo(ScoringPolicy.builder().gateAggregation(ScoringPolicy.GateAggregation.ALL_MEMBERS).maxSpread(10).build());
    }

    @Test
    void exactAveragesCompareAsFractions() {
        assertThat(ExactAverage.parse("74.50")).isEqualTo(ExactAverage.parse("149/2")).isEqualTo(ExactAverage.of(298, 4));
        assertThat(ExactAverage.parse("269/3").isTerminating()).isFalse();
        assertThat(ExactAverage.parse("269/3").matches(new java.math.BigDecimal("89.6666666667"))).isTrue();
        assertThat(ExactAverage.parse("269/3").matches(new java.math.BigDecimal("89.67"))).isTrue();
        assertThat(ExactAverage.parse("269/3").matches(new java.math.BigDecimal("89.7"))).as("one decimal is not exact enough").isFalse();
        assertThat(ExactAverage.parse("269/3").matches(new java.math.BigDecimal("89.6666"))).as("truncated, not rounded").isFalse();
        assertThat(ExactAverage.parse("269/3")).hasToString("269/3 (≈ 89.6667)");
        assertThat(ExactAverage.parse("70")).hasToString("70");
        assertThatThrownBy(() -> ExactAverage.parse("about 70")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assertionsReadLikeTheRulesAndNameTheDifference() {
        ConformanceCase c = shipped("council-majority-gate-fails");
        ScoreResult r = ScoringEngine.standard().score(QD26, c.toEvaluation());
        OcopAssertions.assertThat(r).meets(c.getExpectation()).hasAverage("199/2").hasStars(4).failsGate("1.3").hasBand(5);
        assertThatThrownBy(() -> OcopAssertions.assertThat(r).hasAverage("99.6"))
                .hasMessageContaining("Expected average 99.6 but was 99.5");
        ConformanceCase other = shipped("band-100-five-stars");
        assertThatThrownBy(() -> OcopAssertions.assertThat(r).meets(other.getExpectation()))
                .hasMessageContaining("stars: expected 5★ but was 4★").hasMessageContaining("failed gates: expected [] but were [1.3]");
        OcopAssertions.assertThat(c.toEvaluation()).fits(QD26);
        Evaluation misfit = Evaluation.builder().from(c.toEvaluation()).memberScores(List.of(MemberScores.of("m1", Map.of("1.1", 9))))
                .build();
        OcopAssertions.assertThat(misfit).doesNotFitAt(QD26, "1.1");
        assertThatThrownBy(() -> OcopAssertions.assertThat(misfit).fits(QD26)).hasMessageContaining("Expected the evaluation to fit sheet 1 of QD-26-2026");
    }

    @Test
    void certificateAssertions() {
        Certificate cert = Certificate.builder().productId("p-1").rating(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
                .issuingAuthority("UBND tỉnh Lào Cai").decisionNumber("1/QĐ-UBND").issuedOn(LocalDate.of(2026, 9, 30))
                .validUntil(LocalDate.of(2029, 9, 30)).rulebookId("QD-26-2026").build();
        OcopAssertions.assertThat(cert).hasRating(4).isIssuedBy(AuthorityLevel.PROVINCE).isValidUntil(LocalDate.of(2029, 9, 30))
                .isUnderRulebook("QD-26-2026");
        assertThatThrownBy(() -> OcopAssertions.assertThat(cert).isIssuedBy(AuthorityLevel.CENTRAL))
                .hasMessageContaining("issued by the CENTRAL level but it was issued by the PROVINCE level");
    }

    @Test
    void aSystemWithItsOwnResultTypeRunsTheSuiteThroughNeutralResults() {
        ConformanceSuite right = ConformanceSuite.usingNeutral((rb, policy, e) -> neutral(ScoringEngine.with(policy).score(rb, e)));
        assertThat(right.getCases()).allSatisfy(c -> assertThat(right.differences(c)).as(c.getName()).isEmpty());
    }

    @Test
    void aWrongScorerFailsWithTheCaseAndTheDifference() {
        // a scorer that averages in integers (drops the fraction) before banding
        ConformanceSuite wrong = ConformanceSuite.usingNeutral((rb, policy, e) -> {
            ScoreResult r = ScoringEngine.with(policy).score(rb, e);
            long sum = r.getMemberTotals().stream().mapToLong(t -> t.getTotal()).sum();
            int n = r.getMemberTotals().size();
            long truncated = sum / n;
            int band = Rulebooks.byId(rb.getId()).orElseThrow().bandOf(java.math.BigDecimal.valueOf(truncated)).stars();
            return NeutralResult.of(r.getStars().map(s -> Math.min(band, s.stars())), ExactAverage.of(truncated, 1), r.getOutcome(),
                    r.getFailedGates().stream().map(GateCheck::getCriterionCode).collect(Collectors.toSet()));
        });
        ConformanceCase c = shipped("band-69.89-ninths");
        assertThatThrownBy(() -> wrong.verify(c)).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Conformance case band-69.89-ninths (QD-26-2026 sheet 6):")
                .hasMessageContaining("average: expected 629/9 (≈ 69.8889) but was 69")
                .hasMessageContaining("why: Band edge from ninths");
        assertThat(wrong.differences(shipped("band-70-one-member"))).isEmpty();
        ConformanceSuite throwing = ConformanceSuite.using((rb, policy, e) -> {
            throw new IllegalStateException("not implemented");
        });
        assertThat(throwing.differences(c)).containsExactly("the implementation threw java.lang.IllegalStateException: not implemented");
        assertThat(ConformanceSuite.using((rb, p, e) -> null).filter(x -> x.getRulebookId().equals("QD-148-2023")).getCases())
                .isNotEmpty().allMatch(x -> x.getRulebookId().equals("QD-148-2023"));
        assertThat(Optional.of(c.getPolicy())).contains(ScoringPolicy.standard());
    }
}
