package org.ocop.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.Violation;

/** Invariants of the recognition value types (docs/rules.md §4). */
class RecognitionValuesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 6, 15);

    private static Certificate cert(String productId) {
        return Certificate.builder().productId(productId).rating(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
                .issuingAuthority("UBND tỉnh Mẫu").decisionNumber("1/QĐ-UBND").issuedOn(ISSUED)
                .validUntil(LocalDate.of(2029, 6, 15)).rulebookId("QD-26-2026").build();
    }

    private static Revocation revocation(LocalDate concluded, LocalDate effective) {
        return Revocation.builder().productId("P1").certificateDecisionNumber("1/QĐ-UBND")
                .ground(RevocationGround.PRODUCTION_STOPPED).concludedOn(concluded).effectiveOn(effective)
                .authorityLevel(AuthorityLevel.PROVINCE).authority("UBND tỉnh Mẫu").build();
    }

    @Test
    void factoriesDateTheEventFromItsPayload() {
        LifecycleEvent e = LifecycleEvent.recognised(cert("P1"));
        assertThat(e.getDate()).isEqualTo(ISSUED);
        assertThat(e.getType().issuesCertificate()).isTrue();
        assertThat(LifecycleEvent.revoked(revocation(LocalDate.of(2027, 4, 20), LocalDate.of(2027, 5, 5))).getDate())
                .isEqualTo(LocalDate.of(2027, 5, 5));
        assertThat(LifecycleEvent.reEvaluationFiled("P1", ISSUED).getCertificate()).isEmpty();
        assertThat(LifecycleEvent.notRenewed("P1", ISSUED).getType()).isEqualTo(LifecycleEventType.NOT_RENEWED);
    }

    /** An absent note or revocation decision number is not a blank one: factory-made events validate. */
    @Test
    void factoryMadeEventsValidate() {
        Revocation revocation = revocation(LocalDate.of(2027, 4, 20), LocalDate.of(2027, 5, 5));
        assertThat(OcopValidation.standard().violations(revocation)).isEmpty();
        for (LifecycleEvent e : java.util.List.of(LifecycleEvent.recognised(cert("P1")), LifecycleEvent.renewed(cert("P1")),
                LifecycleEvent.upgraded(cert("P1")), LifecycleEvent.reEvaluationFiled("P1", ISSUED),
                LifecycleEvent.notRenewed("P1", ISSUED), LifecycleEvent.revoked(revocation))) {
            assertThat(OcopValidation.standard().violations(e)).as("%s", e.getType()).isEmpty();
        }
        // a present but blank value is still refused
        LifecycleEvent blankNote = LifecycleEvent.builder().from(LifecycleEvent.notRenewed("P1", ISSUED)).note(" ").build();
        assertThat(OcopValidation.standard().violations(blankNote)).extracting(Violation::getPath).singleElement()
                .satisfies(path -> assertThat(path).contains("note"));
        Revocation blankNumber = Revocation.builder().from(revocation).decisionNumber("").build();
        assertThat(OcopValidation.standard().violations(blankNumber)).extracting(Violation::getPath).singleElement()
                .satisfies(path -> assertThat(path).contains("decisionNumber"));
        assertThat(OcopValidation.standard().violations(Revocation.builder().from(revocation)
                .decisionNumber("12/QĐ-UBND").build())).isEmpty();
    }

    @Test
    void payloadMustMatchTypeProductAndDay() {
        assertThatThrownBy(() -> LifecycleEvent.builder().productId("P1").type(LifecycleEventType.RENEWED).date(ISSUED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must carry its own payload, but its certificate");
        assertThatThrownBy(() -> LifecycleEvent.builder().productId("P1").type(LifecycleEventType.RE_EVALUATION_FILED)
                .date(ISSUED).certificate(cert("P1")).build()).hasMessageContaining("must carry no payload, but its certificate");
        assertThatThrownBy(() -> LifecycleEvent.builder().productId("P2").type(LifecycleEventType.RECOGNISED)
                .date(ISSUED).certificate(cert("P1")).build()).hasMessageContaining("payload of product P1");
        assertThatThrownBy(() -> LifecycleEvent.builder().productId("P1").type(LifecycleEventType.RECOGNISED)
                .date(ISSUED.plusDays(1)).certificate(cert("P1")).build()).hasMessageContaining("issue day");
    }

    @Test
    void revocationCannotPrecedeItsConclusion() {
        assertThatThrownBy(() -> revocation(LocalDate.of(2027, 4, 20), LocalDate.of(2027, 4, 19)))
                .hasMessageContaining("before its conclusion");
    }

    @Test
    void inspectionConclusionMustBeConsistent() {
        InspectionResult ok = InspectionResult.builder().productId("P1").concludedOn(ISSUED)
                .inspectorLevel(AuthorityLevel.PROVINCE).inspectingAuthority("Sở NN&MT").build();
        assertThat(ok.getKind()).isEqualTo(InspectionKind.PERIODIC);
        assertThatThrownBy(() -> InspectionResult.builder().from(ok).revocationGround(RevocationGround.MARK_MISUSE).build())
                .hasMessageContaining("misuse");
        assertThatThrownBy(() -> InspectionResult.builder().from(ok)
                .revocationGround(RevocationGround.CRITERIA_NO_LONGER_MET).build()).hasMessageContaining("criteria");
        // consistent when the findings agree with the ground
        assertThat(InspectionResult.builder().from(ok).markUsedCorrectly(false)
                .revocationGround(RevocationGround.MARK_MISUSE).build().getRevocationGround())
                .contains(RevocationGround.MARK_MISUSE);
    }

    @Test
    void stepRouteLevelAndRankAgree() {
        assertThatThrownBy(() -> RecognitionStep.builder().route(RecognitionRoute.RECOGNISE).averageScore(BigDecimal.TEN)
                .rank(StarRating.FOUR).explanation("x").build()).hasMessageContaining("needs deciding level");
        assertThatThrownBy(() -> RecognitionStep.builder().route(RecognitionRoute.RECOGNISE).averageScore(BigDecimal.TEN)
                .rank(StarRating.TWO).decidingLevel(AuthorityLevel.PROVINCE).explanation("x").build())
                .hasMessageContaining("cannot carry rank 2★");
        assertThatThrownBy(() -> RecognitionStep.builder().route(RecognitionRoute.NO_DECISION).averageScore(BigDecimal.TEN)
                .decidingLevel(AuthorityLevel.PROVINCE).explanation("x").build()).hasMessageContaining("has no deciding level");
    }

    @Test
    void activeStatesAndLabels() {
        assertThat(LifecycleState.EXTENDED.isActive()).isTrue();
        assertThat(LifecycleState.EXPIRING.isActive()).isTrue();
        assertThat(LifecycleState.RENEWED.isActive()).isFalse();
        assertThat(LifecycleState.REVOKED.isActive()).isFalse();
        assertThat(LifecycleEventType.UPGRADED.label().getVi()).isEqualTo("Nâng hạng");
        assertThat(RecognitionRoute.FORWARD_TO_CENTRAL.label().getVi()).contains("5 sao");
        assertThat(InspectionKind.AD_HOC.label().getVi()).isEqualTo("Đột xuất");
    }
}
