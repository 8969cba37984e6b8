package org.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.RecognitionRoute;
import org.ocop.core.recognition.RecognitionStep;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;

/** The recognition path of docs/rules.md §4 (26/2026 Art. 4, 7.3, 7.4). */
class FiveStarPathTest {

    private static final FiveStarPath PATH = FiveStarPath.forRulebook("QD-26-2026");
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private static BigDecimal avg(String s) {
        return new BigDecimal(s);
    }

    @Test
    void provinceRecognises3And4Stars() {
        RecognitionStep four = PATH.atProvince(avg("75.50"), StarRating.FOUR, DAY);
        assertThat(four.getRoute()).isEqualTo(RecognitionRoute.RECOGNISE);
        assertThat(four.getDecidingLevel()).contains(AuthorityLevel.PROVINCE);
        assertThat(four.getRank()).contains(StarRating.FOUR);
        assertThat(four.isCertificateIssued()).isTrue();
        // 89.99 is below the 90 threshold: recognised 4★ at the province, not forwarded
        assertThat(PATH.atProvince(avg("89.99"), StarRating.FOUR, DAY).getRoute()).isEqualTo(RecognitionRoute.RECOGNISE);
    }

    @Test
    void oneAndTwoStarsGetNoDecision() {
        RecognitionStep two = PATH.atProvince(avg("45"), StarRating.TWO, DAY);
        assertThat(two.getRoute()).isEqualTo(RecognitionRoute.NO_DECISION);
        assertThat(two.getDecidingLevel()).isEmpty();
        assertThat(two.isCertificateIssued()).isFalse();
        // 3★ gates failed: final rank 2★ despite a 95 average -> no decision, not forwarded
        assertThat(PATH.atProvince(avg("95"), StarRating.TWO, DAY).getRoute()).isEqualTo(RecognitionRoute.NO_DECISION);
    }

    @Test
    void ninetyOrMoreIsForwardedAsFiveStarPotential() {
        RecognitionStep step = PATH.atProvince(avg("90.00"), StarRating.FIVE, DAY);
        assertThat(step.getRoute()).isEqualTo(RecognitionRoute.FORWARD_TO_CENTRAL);
        assertThat(step.getDecidingLevel()).contains(AuthorityLevel.PROVINCE);
        assertThat(step.isCertificateIssued()).isFalse();
        // ⚖ 5★ gates failed (final 4★) with a 92 average: still forwarded on the score
        assertThat(PATH.atProvince(avg("92"), StarRating.FOUR, DAY).getRoute())
                .isEqualTo(RecognitionRoute.FORWARD_TO_CENTRAL);
    }

    @Test
    void centralRescoreDecides5StarsOrTheProvinceFallback() {
        RecognitionStep five = PATH.atCentral(avg("91.25"), StarRating.FIVE, DAY);
        assertThat(five.getRoute()).isEqualTo(RecognitionRoute.CENTRAL_RECOGNISES);
        assertThat(five.getDecidingLevel()).contains(AuthorityLevel.CENTRAL);
        RecognitionStep fallback = PATH.atCentral(avg("86"), StarRating.FOUR, DAY);
        assertThat(fallback.getRoute()).isEqualTo(RecognitionRoute.PROVINCE_FALLBACK);
        assertThat(fallback.getDecidingLevel()).contains(AuthorityLevel.PROVINCE);
        assertThat(fallback.getRank()).contains(StarRating.FOUR);
        assertThat(PATH.atCentral(avg("68"), StarRating.THREE, DAY).getRank()).contains(StarRating.THREE);
        assertThat(PATH.atCentral(avg("40"), StarRating.TWO, DAY).getRoute()).isEqualTo(RecognitionRoute.NO_DECISION);
    }

    @Test
    void under148BeforeDecision1489TheDistrictRecognised3Stars() {
        FiveStarPath old = FiveStarPath.forRulebook("QD-148-2023");
        assertThat(old.atProvince(avg("60"), StarRating.THREE, LocalDate.of(2025, 7, 5)).getDecidingLevel())
                .contains(AuthorityLevel.DISTRICT);
        assertThat(old.atProvince(avg("60"), StarRating.THREE, LocalDate.of(2025, 7, 6)).getDecidingLevel())
                .contains(AuthorityLevel.PROVINCE);
        assertThat(old.toString()).contains("QD-148-2023");
    }

    @Test
    void certificateFromTheStep() {
        RecognitionStep five = PATH.atCentral(avg("93"), StarRating.FIVE, DAY);
        var c = LifecyclePolicy.standard().issue(CertificateRequest.builder().productId("P1")
                .rank(five.getRank().orElseThrow()).issuerLevel(five.getDecidingLevel().orElseThrow())
                .authority("Bộ Nông nghiệp và Môi trường").decisionNumber("77/QĐ-BNNMT").issuedOn(DAY)
                .rulebookId("QD-26-2026").build());
        // 1 Sep 2026 + 36 months = 1 Sep 2029
        assertThat(c.getValidUntil()).isEqualTo(LocalDate.of(2029, 9, 1));
    }

    private static ScoreResult result(String average, StarRating band, Outcome outcome, StarRating stars) {
        ScoreResult.Builder b = ScoreResult.builder().rulebookId("QD-26-2026").sheetNumber(11).productId("P1")
                .averageScore(avg(average)).band(band).outcome(outcome)
                .recognisable(outcome == Outcome.RANKED && stars != null && stars.isRecognisable())
                .fiveStarPotential(avg(average).compareTo(BigDecimal.valueOf(90)) >= 0);
        if (stars != null) {
            b.stars(stars);
        }
        return b.build();
    }

    @Test
    void engineResultsFollowTheSamePath() {
        assertThat(PATH.atProvince(result("93", StarRating.FIVE, Outcome.RANKED, StarRating.FIVE), DAY).getRoute())
                .isEqualTo(RecognitionRoute.FORWARD_TO_CENTRAL);
        assertThat(PATH.atProvince(result("72", StarRating.FOUR, Outcome.RANKED, StarRating.FOUR), DAY).getRoute())
                .isEqualTo(RecognitionRoute.RECOGNISE);
        // disqualified (no rank) and not-final results get no decision, whatever the average
        RecognitionStep dq = PATH.atProvince(result("95", StarRating.FIVE, Outcome.DISQUALIFIED, null), DAY);
        assertThat(dq.getRoute()).isEqualTo(RecognitionRoute.NO_DECISION);
        assertThat(dq.getExplanation()).contains("DISQUALIFIED");
        assertThat(PATH.atProvince(result("80", StarRating.FOUR, Outcome.NOT_FINAL, StarRating.FOUR), DAY).getRoute())
                .isEqualTo(RecognitionRoute.NO_DECISION);
        assertThat(PATH.atCentral(result("91", StarRating.FIVE, Outcome.RANKED, StarRating.FIVE), DAY).getRoute())
                .isEqualTo(RecognitionRoute.CENTRAL_RECOGNISES);
        assertThat(PATH.atCentral(result("88", StarRating.FOUR, Outcome.RANKED, StarRating.FOUR), DAY).getRoute())
                .isEqualTo(RecognitionRoute.PROVINCE_FALLBACK);
        assertThat(PATH.atCentral(result("91", StarRating.FIVE, Outcome.NOT_FINAL, StarRating.FIVE), DAY).getRoute())
                .isEqualTo(RecognitionRoute.NO_DECISION);
    }

    @Test
    void badScoresAreRejected() {
        assertThatThrownBy(() -> PATH.atProvince(avg("100.01"), StarRating.FIVE, DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> PATH.atProvince(null, StarRating.FIVE, DAY)).hasMessageContaining("averageScore");
    }
}
