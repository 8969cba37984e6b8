package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.evaluation.EvaluationType.FIRST_TIME;
import static org.ocop.core.evaluation.EvaluationType.RE_EVALUATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.RecognitionRoute;
import org.ocop.core.recognition.RevocationGround;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterException;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.RecognitionPolicy;
import org.ocop.scoring.lifecycle.CertificateRequest;
import org.ocop.scoring.lifecycle.CertificateSchedule;
import org.ocop.scoring.lifecycle.FiveStarPath;
import org.ocop.scoring.lifecycle.IllegalTransitionException;
import org.ocop.scoring.lifecycle.Lifecycle;
import org.ocop.scoring.lifecycle.LifecyclePolicy;

/**
 * Every consumer of the legal parameters follows the rulebook, not a constant: a synthetic rulebook taking
 * effect on 1 Jan 2030 states values unlike the shipped ones (24-month validity, 5★-potential threshold 85, the
 * commune recognising 3★, 10/5-day transition windows, …) and the catalogue, recognition, 5★ path and lifecycle
 * all apply them. Every expected day is counted by hand in the comments.
 */
class SyntheticRulebookTest {

    static final LocalDate EFFECTIVE = LocalDate.of(2030, 1, 1);

    static LegalParameter p(ParameterName name, String value) {
        return LegalParameter.builder().name(name).value(value).decision("Quyết định thử nghiệm").article("1").build();
    }

    /** 26/2026's criteria with other legal parameters, as a user would bring them. */
    static Rulebook synthetic() {
        Rulebook shipped = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        return Rulebook.builder().from(shipped).id("QD-TEST-2030").completeness(Completeness.CUSTOM)
                .legalReference("Quyết định thử nghiệm").signedOn(EFFECTIVE).effectiveFrom(EFFECTIVE)
                .provenance("test rulebook").corrections(List.of())
                .parameters(List.of(
                        p(ParameterName.TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE, "10"),
                        p(ParameterName.TRANSITION_DAYS_RE_EVALUATION, "5"),
                        p(ParameterName.RECOGNITION_LEVEL_THREE_STARS, "COMMUNE"),
                        p(ParameterName.RECOGNITION_LEVEL_FOUR_STARS, "PROVINCE"),
                        p(ParameterName.RECOGNITION_LEVEL_FIVE_STARS, "PROVINCE"),
                        p(ParameterName.FIVE_STAR_POTENTIAL_THRESHOLD, "85"),
                        p(ParameterName.CERTIFICATE_VALIDITY_MONTHS, "24"),
                        p(ParameterName.RE_EVALUATION_WINDOW_OPENS_DAYS, "90"),
                        p(ParameterName.RE_EVALUATION_WINDOW_CLOSES_DAYS, "60"),
                        p(ParameterName.RE_EVALUATION_DECISION_DAYS, "20"),
                        p(ParameterName.EXPIRY_NOTICE_DAYS, "14"),
                        p(ParameterName.REVOCATION_DELAY_DAYS, "7"),
                        p(ParameterName.TRANSITIONAL_GRACE_DAYS, "30"),
                        p(ParameterName.DISTRICT_LEVEL_ENDS, "2030-03-01")))
                .build();
    }

    private static final Rulebook SYNTHETIC = synthetic();
    private static final RulebookCatalogue CATALOGUE =
            RulebookCatalogue.builder().addAll(RulebookCatalogue.standard()).add(SYNTHETIC).build();

    @Test
    void theCatalogueAppliesTheSuccessorsTransitionWindows() {
        assertThat(CATALOGUE.inForceOn(EFFECTIVE)).isSameAs(SYNTHETIC);
        assertThat(CATALOGUE.inForceOn(EFFECTIVE.minusDays(1)).getId()).isEqualTo(Rulebooks.QD_26_2026);
        LocalDate before = LocalDate.of(2029, 12, 31);
        // 1 Jan 2030 is day 1: first time, 10 days → 10 Jan is the last day under 26/2026
        assertThat(CATALOGUE.forSubmission(before, FIRST_TIME, LocalDate.of(2030, 1, 10)).getId()).isEqualTo("QD-26-2026");
        assertThat(CATALOGUE.forSubmission(before, FIRST_TIME, LocalDate.of(2030, 1, 11))).isSameAs(SYNTHETIC);
        // re-evaluation, 5 days → 5 Jan
        assertThat(CATALOGUE.forSubmission(before, RE_EVALUATION, LocalDate.of(2030, 1, 5)).getId()).isEqualTo("QD-26-2026");
        assertThat(CATALOGUE.forSubmission(before, RE_EVALUATION, LocalDate.of(2030, 1, 6))).isSameAs(SYNTHETIC);
        assertThat(RulebookCatalogue.lastTransitionalDay(SYNTHETIC, FIRST_TIME)).contains(LocalDate.of(2030, 1, 10));
        // the shipped catalogue is unchanged: 26/2026 stays the newest there
        assertThat(Rulebooks.inForceOn(EFFECTIVE).getId()).isEqualTo(Rulebooks.QD_26_2026);
    }

    @Test
    void recognitionAndTheFiveStarPathFollowTheRulebook() {
        RecognitionPolicy recognition = RecognitionPolicy.forRulebook(SYNTHETIC);
        LocalDate day = LocalDate.of(2030, 6, 1);
        assertThat(recognition.levelFor(StarRating.THREE, day)).contains(AuthorityLevel.COMMUNE);
        assertThat(recognition.levelFor(StarRating.FIVE, day)).contains(AuthorityLevel.PROVINCE);
        assertThat(recognition.fiveStarPotentialThreshold(day)).isEqualByComparingTo("85");
        // the shipped rulebook: 3★ by the province, threshold 90
        RecognitionPolicy shipped = RecognitionPolicy.forRulebook(Rulebooks.QD_26_2026);
        assertThat(shipped.levelFor(StarRating.THREE, day)).contains(AuthorityLevel.PROVINCE);
        assertThat(shipped.fiveStarPotentialThreshold(day)).isEqualByComparingTo("90");

        // an average of 86 (rank 4★) is 5★ potential under the synthetic rulebook, not under 26/2026
        BigDecimal average = new BigDecimal("86");
        assertThat(FiveStarPath.forRulebook(SYNTHETIC).atProvince(average, StarRating.FOUR, day).getRoute())
                .isEqualTo(RecognitionRoute.FORWARD_TO_CENTRAL);
        assertThat(FiveStarPath.forRulebook(Rulebooks.QD_26_2026).atProvince(average, StarRating.FOUR, day).getRoute())
                .isEqualTo(RecognitionRoute.RECOGNISE);
        // 3★ is recognised by the commune
        assertThat(FiveStarPath.forRulebook(SYNTHETIC).atProvince(new BigDecimal("55"), StarRating.THREE, day)
                .getDecidingLevel()).contains(AuthorityLevel.COMMUNE);
    }

    @Test
    void theLifecycleFollowsTheRulebook() {
        LifecyclePolicy policy = LifecyclePolicy.forRulebook(SYNTHETIC);
        // 24 months: 1 Feb 2030 → 1 Feb 2032
        assertThat(policy.validUntil(LocalDate.of(2030, 2, 1))).isEqualTo(LocalDate.of(2032, 2, 1));
        Certificate c = policy.issue(request("P1", LocalDate.of(2030, 2, 1), AuthorityLevel.PROVINCE));
        CertificateSchedule s = policy.schedule(c);
        // expiry 1 Feb 2032 − 90 days: Jan has 31, Dec 31, Nov 30 → 1 Feb − 92 days = 1 Nov; − 90 = 3 Nov 2031
        assertThat(s.getWindowOpens()).isEqualTo(LocalDate.of(2031, 11, 3));
        // − 60 days: 1 Feb − 31 = 1 Jan; − 29 more = 3 Dec 2031
        assertThat(s.getWindowCloses()).isEqualTo(LocalDate.of(2031, 12, 3));
        // − 14 days = 18 Jan 2032
        assertThat(s.getNoticeBy()).isEqualTo(LocalDate.of(2032, 1, 18));
        // issued after the rulebook took effect: no grace by default
        assertThat(s.getGraceUntil()).isEmpty();
        Certificate old = policy.issue(request("P2", LocalDate.of(2029, 3, 1), AuthorityLevel.DISTRICT));
        // issued before 1 Jan 2030: expiry 1 Mar 2031 + 30 days = 31 Mar 2031
        assertThat(policy.schedule(old).getGraceUntil()).contains(LocalDate.of(2031, 3, 31));
        // decision within 20 days; revocation 7 days after the conclusion
        assertThat(policy.decisionDeadline(LocalDate.of(2031, 11, 10))).isEqualTo(LocalDate.of(2031, 11, 30));
        assertThat(policy.revocationEffectiveOn(LocalDate.of(2030, 5, 1))).isEqualTo(LocalDate.of(2030, 5, 8));
        // districts end on 1 Mar 2030 in this rulebook
        assertThat(policy.revokingLevel(old, LocalDate.of(2030, 2, 28))).isEqualTo(AuthorityLevel.DISTRICT);
        assertThat(policy.revokingLevel(old, LocalDate.of(2030, 3, 1))).isEqualTo(AuthorityLevel.PROVINCE);
        // the state machine uses the same delay: a revocation 6 days after the conclusion is refused, 7 accepted
        Lifecycle lifecycle = Lifecycle.with(policy);
        LifecycleEvent revoked = lifecycle.revoke(c, RevocationGround.MARK_MISUSE, LocalDate.of(2030, 5, 1), "UBND tỉnh Mẫu");
        assertThat(revoked.getDate()).isEqualTo(LocalDate.of(2030, 5, 8));
        assertThat(lifecycle.replay(List.of(LifecycleEvent.recognised(c), revoked)).stateOn(LocalDate.of(2030, 5, 8)))
                .isPresent();
        // the shipped lifecycle: 36 months
        assertThat(LifecyclePolicy.standard().validUntil(LocalDate.of(2030, 2, 1))).isEqualTo(LocalDate.of(2033, 2, 1));
    }

    @Test
    void aRulebookWithoutALifecycleParameterSaysWhichIsMissing() {
        Rulebook bare = Rulebook.builder().from(SYNTHETIC).parameters(List.of(
                LegalParameter.builder().name(ParameterName.CERTIFICATE_VALIDITY_MONTHS)
                        .unknownReason("not in the sources").decision("Quyết định thử nghiệm").build())).build();
        assertThatThrownBy(() -> LifecyclePolicy.forRulebook(bare).validUntil(LocalDate.of(2030, 2, 1)))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("CERTIFICATE_VALIDITY_MONTHS").hasMessageContaining("not in the sources");
        assertThatThrownBy(() -> LifecyclePolicy.forRulebook(bare).decisionDeadline(LocalDate.of(2030, 2, 1)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("states no RE_EVALUATION_DECISION_DAYS");
        // recognition falls back to the newest shipped rulebook (⚖) when the rulebook states nothing
        assertThat(RecognitionPolicy.forRulebook(bare).levelFor(StarRating.THREE, LocalDate.of(2030, 6, 1)))
                .contains(AuthorityLevel.PROVINCE);
        assertThat(IllegalTransitionException.class).isAssignableTo(org.ocop.core.OcopException.class);
    }

    private static CertificateRequest request(String product, LocalDate issuedOn, AuthorityLevel level) {
        return CertificateRequest.builder().productId(product).rank(StarRating.FOUR).issuerLevel(level)
                .authority("UBND tỉnh Mẫu").decisionNumber("1/QĐ-" + product).issuedOn(issuedOn)
                .rulebookId(SYNTHETIC.getId()).build();
    }
}
