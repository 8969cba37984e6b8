package org.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.scoring.lifecycle.LifecyclePolicyTest.cert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.recognition.LifecycleState;
import org.ocop.core.recognition.Revocation;
import org.ocop.core.recognition.RevocationGround;
import org.ocop.scoring.lifecycle.LifecyclePolicy.GraceScope;

/** The state machine of docs/rules.md §4: states on hand-computed days, every illegal transition. */
class LifecycleTest {

    private static final Lifecycle LIFECYCLE = Lifecycle.standard();
    /** 4★ issued 15 Jun 2026: expiry 15 Jun 2029, window 17 Dec 2028 .. 15 Feb 2029 (see LifecyclePolicyTest). */
    private static final Certificate NEW = cert("P1", StarRating.FOUR, LocalDate.of(2026, 6, 15));
    /**
     * 4★ issued 10 Mar 2024 (before 26/2026, so the transitional grace applies): expiry 10 Mar 2027; window
     * opens 11 Sep 2026 (19 (Sep) + 31 + 30 + 31 + 31 + 28 + 10 = 180), closes 10 Nov 2026
     * (20 (Nov) + 31 + 31 + 28 + 10 = 120); grace until 6 Sep 2027.
     */
    private static final Certificate OLD = cert("P1", StarRating.FOUR, LocalDate.of(2024, 3, 10));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static LifecycleHistory replay(LifecycleEvent... events) {
        return LIFECYCLE.replay(List.of(events));
    }

    private static InspectionResult inspection(LocalDate on) {
        return InspectionResult.builder().productId("P1").concludedOn(on).inspectorLevel(AuthorityLevel.PROVINCE)
                .inspectingAuthority("Sở NN&MT tỉnh Mẫu").build();
    }

    // ---- time-driven states ----

    @Test
    void recognisedThenExpiringThenExpired() {
        List<LifecycleEvent> events = List.of(LifecycleEvent.recognised(NEW));
        assertThat(Lifecycle.stateOn(events, d(2026, 6, 14))).isEmpty();
        assertThat(Lifecycle.stateOn(events, d(2026, 6, 15))).contains(LifecycleState.RECOGNISED);
        assertThat(Lifecycle.stateOn(events, d(2028, 12, 16))).contains(LifecycleState.RECOGNISED);
        assertThat(Lifecycle.stateOn(events, d(2028, 12, 17))).contains(LifecycleState.EXPIRING);
        // ⚖ still EXPIRING after the window closed on 15 Feb 2029, up to the last valid day
        assertThat(Lifecycle.stateOn(events, d(2029, 3, 1))).contains(LifecycleState.EXPIRING);
        assertThat(Lifecycle.stateOn(events, d(2029, 6, 15))).contains(LifecycleState.EXPIRING);
        assertThat(Lifecycle.stateOn(events, d(2029, 6, 16))).contains(LifecycleState.EXPIRED);
    }

    @Test
    void renewedOnTimeGivesANewCertificateOf36Months() {
        // filed 10 Jan 2029 (in the window), decided 20 Feb 2029 (41 days, before the 45-day deadline 24 Feb)
        Certificate renewal = cert("P1", StarRating.FOUR, d(2029, 2, 20));
        LifecycleHistory h = replay(LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)),
                LifecycleEvent.renewed(renewal));
        assertThat(h.pendingReEvaluationOn(d(2029, 1, 9))).isEmpty();
        assertThat(h.pendingReEvaluationOn(d(2029, 1, 10))).contains(d(2029, 1, 10));
        assertThat(h.reEvaluationDeadlineOn(d(2029, 2, 1))).contains(d(2029, 2, 24));
        assertThat(h.pendingReEvaluationOn(d(2029, 2, 20))).isEmpty();
        assertThat(h.certificateStateOn(NEW.getDecisionNumber(), d(2029, 2, 19))).contains(LifecycleState.EXPIRING);
        assertThat(h.certificateStateOn(NEW.getDecisionNumber(), d(2029, 2, 20))).contains(LifecycleState.RENEWED);
        assertThat(h.certificateStateOn(renewal.getDecisionNumber(), d(2029, 2, 19))).isEmpty();
        assertThat(h.stateOn(d(2029, 2, 20))).contains(LifecycleState.RECOGNISED);
        // new expiry 20 Feb 2029 + 36 months = 20 Feb 2032; still recognised after the old expiry
        assertThat(renewal.getValidUntil()).isEqualTo(d(2032, 2, 20));
        assertThat(h.stateOn(d(2029, 6, 16))).contains(LifecycleState.RECOGNISED);
        assertThat(h.activeCertificateOn(d(2030, 1, 1))).contains(renewal);
        assertThat(h.getCertificates()).containsExactly(NEW, renewal);
        assertThat(h.getFirstRecognisedOn()).contains(d(2026, 6, 15));
    }

    @Test
    void transitionalGraceKeepsAnOldCertificateUntilTheDecisionAtMost180Days() {
        // late filing 20 Jan 2027: after the window closed (10 Nov 2026), before expiry (10 Mar 2027): accepted
        List<LifecycleEvent> events = new ArrayList<>(List.of(LifecycleEvent.recognised(OLD),
                LifecycleEvent.reEvaluationFiled("P1", d(2027, 1, 20))));
        LifecycleHistory h = LIFECYCLE.replay(events);
        assertThat(h.stateOn(d(2027, 3, 10))).contains(LifecycleState.EXPIRING);
        assertThat(h.stateOn(d(2027, 3, 11))).contains(LifecycleState.EXTENDED);
        assertThat(h.activeCertificateOn(d(2027, 9, 6))).contains(OLD);
        assertThat(h.stateOn(d(2027, 9, 6))).contains(LifecycleState.EXTENDED);
        assertThat(h.stateOn(d(2027, 9, 7))).contains(LifecycleState.EXPIRED);
        // renewal inside the grace (4 May 2027) is legal
        events.add(LifecycleEvent.renewed(cert("P1", StarRating.THREE, d(2027, 5, 4))));
        LifecycleHistory renewed = LIFECYCLE.replay(events);
        assertThat(renewed.stateOn(d(2027, 5, 3))).contains(LifecycleState.EXTENDED);
        assertThat(renewed.stateOn(d(2027, 5, 4))).contains(LifecycleState.RECOGNISED);
        assertThat(renewed.certificateOn(d(2027, 5, 4)).orElseThrow().getRating()).isEqualTo(StarRating.THREE);
    }

    @Test
    void notRenewedInsideTheGraceEndsTheCertificateThatDay() {
        LifecycleHistory h = replay(LifecycleEvent.recognised(OLD), LifecycleEvent.reEvaluationFiled("P1", d(2027, 1, 20)),
                LifecycleEvent.notRenewed("P1", d(2027, 4, 1)));
        assertThat(h.stateOn(d(2027, 3, 31))).contains(LifecycleState.EXTENDED);
        assertThat(h.stateOn(d(2027, 4, 1))).contains(LifecycleState.EXPIRED);
    }

    @Test
    void notRenewedBeforeExpiryKeepsTheCertificateToItsLastDay() {
        LifecycleHistory h = replay(LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)),
                LifecycleEvent.notRenewed("P1", d(2029, 2, 20)));
        assertThat(h.stateOn(d(2029, 6, 15))).contains(LifecycleState.EXPIRING);
        assertThat(h.stateOn(d(2029, 6, 16))).contains(LifecycleState.EXPIRED);
        // a new filing after the refusal is allowed while still valid
        LifecycleHistory again = replay(LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)),
                LifecycleEvent.notRenewed("P1", d(2029, 2, 20)), LifecycleEvent.reEvaluationFiled("P1", d(2029, 3, 1)));
        assertThat(again.pendingReEvaluationOn(d(2029, 3, 1))).contains(d(2029, 3, 1));
    }

    @Test
    void certificatesIssuedUnder26of2026GetNoGraceByDefault() {
        // filed late on 1 Mar 2029, undecided at expiry 15 Jun 2029
        List<LifecycleEvent> events = List.of(LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 3, 1)));
        assertThat(LIFECYCLE.replay(events).stateOn(d(2029, 6, 16))).contains(LifecycleState.EXPIRED);
        Lifecycle all = Lifecycle.with(LifecyclePolicy.standard().withGraceScope(GraceScope.ALL_CERTIFICATES));
        // 15 Jun 2029 + 180 days = 12 Dec 2029: 15 (Jun) + 31 + 31 + 30 + 31 + 30 = 168 on 30 Nov, + 12
        assertThat(all.replay(events).stateOn(d(2029, 12, 12))).contains(LifecycleState.EXTENDED);
        assertThat(all.replay(events).stateOn(d(2029, 12, 13))).contains(LifecycleState.EXPIRED);
        assertThat(all.getPolicy().getGraceScope()).isEqualTo(GraceScope.ALL_CERTIFICATES);
    }

    @Test
    void upgradeReplacesTheCertificate() {
        Certificate five = Certificate.builder().from(cert("P1", StarRating.FIVE, d(2027, 9, 30)))
                .issuerLevel(AuthorityLevel.CENTRAL).issuingAuthority("Bộ Nông nghiệp và Môi trường").build();
        LifecycleHistory h = replay(LifecycleEvent.recognised(NEW), LifecycleEvent.upgraded(five));
        assertThat(h.certificateStateOn(NEW.getDecisionNumber(), d(2027, 9, 30))).contains(LifecycleState.UPGRADED);
        assertThat(h.stateOn(d(2027, 9, 30))).contains(LifecycleState.RECOGNISED);
        assertThat(h.activeCertificateOn(d(2027, 9, 30)).orElseThrow().getRating()).isEqualTo(StarRating.FIVE);
        assertThat(h.activeCertificateOn(d(2027, 9, 29)).orElseThrow().getRating()).isEqualTo(StarRating.FOUR);
    }

    @Test
    void revocationTakesEffect15DaysAfterTheConclusion() {
        // conclusion 20 Apr 2027 -> effective 5 May 2027
        LifecycleEvent revoked = LIFECYCLE.revoke(NEW, RevocationGround.PRODUCTION_STOPPED, d(2027, 4, 20), "UBND tỉnh Mẫu");
        assertThat(revoked.getDate()).isEqualTo(d(2027, 5, 5));
        assertThat(revoked.getRevocation().orElseThrow().getAuthorityLevel()).isEqualTo(AuthorityLevel.PROVINCE);
        LifecycleHistory h = replay(LifecycleEvent.recognised(NEW), revoked);
        assertThat(h.stateOn(d(2027, 5, 4))).contains(LifecycleState.RECOGNISED);
        assertThat(h.stateOn(d(2027, 5, 5))).contains(LifecycleState.REVOKED);
        assertThat(h.stateOn(d(2035, 1, 1))).contains(LifecycleState.REVOKED);
        assertThat(h.activeCertificateOn(d(2027, 5, 5))).isEmpty();
        assertThat(h.getRevocations()).hasSize(1);
        // a new first-time recognition after revocation (a new dossier) is legal
        LifecycleHistory again = replay(LifecycleEvent.recognised(NEW), revoked,
                LifecycleEvent.recognised(cert("P1", StarRating.THREE, d(2028, 6, 1))));
        assertThat(again.stateOn(d(2028, 6, 1))).contains(LifecycleState.RECOGNISED);
    }

    @Test
    void eventsAreReplayedByDayWhateverTheirOrder() {
        Certificate renewal = cert("P1", StarRating.FOUR, d(2029, 2, 20));
        List<LifecycleEvent> shuffled = List.of(LifecycleEvent.renewed(renewal), LifecycleEvent.recognised(NEW),
                LifecycleEvent.inspected(inspection(d(2027, 1, 5))), LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)));
        LifecycleHistory h = LIFECYCLE.replay(shuffled);
        assertThat(h.getEvents()).extracting(LifecycleEvent::getType).containsExactly(LifecycleEventType.RECOGNISED,
                LifecycleEventType.INSPECTED, LifecycleEventType.RE_EVALUATION_FILED, LifecycleEventType.RENEWED);
        assertThat(h.getInspections()).hasSize(1);
        assertThat(h.getProductId()).isEqualTo("P1");
        assertThat(h.toString()).contains("P1");
        assertThat(LIFECYCLE.replay(List.of()).stateOn(d(2027, 1, 1))).isEmpty();
    }

    // ---- illegal transitions ----

    private static void illegal(String reason, LifecycleEvent... events) {
        assertThatThrownBy(() -> replay(events)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void recognisingWhileACertificateIsInForce() {
        illegal("use UPGRADED or RENEWED", LifecycleEvent.recognised(NEW),
                LifecycleEvent.recognised(cert("P1", StarRating.FIVE, d(2027, 1, 1))));
        // after expiry (16 Jun 2029) a new first-time recognition is legal
        assertThat(replay(LifecycleEvent.recognised(NEW), LifecycleEvent.recognised(cert("P1", StarRating.THREE, d(2029, 7, 1))))
                .stateOn(d(2029, 7, 1))).contains(LifecycleState.RECOGNISED);
    }

    @Test
    void filingTooEarlyAfterExpiryTwiceOrWithoutCertificate() {
        illegal("no earlier than 180 days", LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2028, 12, 16)));
        illegal("no longer in force", LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 6, 16)));
        illegal("holds no certificate", LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)));
        illegal("not decided yet", LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 10)),
                LifecycleEvent.reEvaluationFiled("P1", d(2029, 1, 20)));
        // during the grace the certificate is in force, but a new filing comes too late
        illegal("on or before expiry", LifecycleEvent.recognised(OLD), LifecycleEvent.reEvaluationFiled("P1", d(2027, 1, 20)),
                LifecycleEvent.notRenewed("P1", d(2027, 1, 30)), LifecycleEvent.reEvaluationFiled("P1", d(2027, 3, 5)),
                LifecycleEvent.reEvaluationFiled("P1", d(2027, 3, 20)));
    }

    @Test
    void decidingAReEvaluationThatWasNotFiled() {
        illegal("no re-evaluation dossier is pending", LifecycleEvent.recognised(NEW),
                LifecycleEvent.renewed(cert("P1", StarRating.FOUR, d(2029, 2, 20))));
        illegal("no re-evaluation dossier is pending", LifecycleEvent.recognised(NEW), LifecycleEvent.notRenewed("P1", d(2029, 2, 20)));
        illegal("holds no certificate", LifecycleEvent.renewed(NEW));
        // decided after expiry without grace (certificate under 26/2026): expired
        illegal("no longer in force", LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2029, 3, 1)),
                LifecycleEvent.renewed(cert("P1", StarRating.FOUR, d(2029, 7, 1))));
        // decided after the grace ended (6 Sep 2027)
        illegal("no longer in force", LifecycleEvent.recognised(OLD), LifecycleEvent.reEvaluationFiled("P1", d(2027, 1, 20)),
                LifecycleEvent.renewed(cert("P1", StarRating.FOUR, d(2027, 9, 7))));
    }

    @Test
    void upgradingToTheSameOrALowerRankOrWithoutCertificate() {
        illegal("needs a rank above 4★, got 4★", LifecycleEvent.recognised(NEW),
                LifecycleEvent.upgraded(cert("P1", StarRating.FOUR, d(2027, 1, 1))));
        illegal("needs a rank above 4★, got 3★", LifecycleEvent.recognised(NEW),
                LifecycleEvent.upgraded(cert("P1", StarRating.THREE, d(2027, 1, 1))));
        illegal("holds no certificate", LifecycleEvent.upgraded(NEW));
        illegal("no longer in force", LifecycleEvent.recognised(NEW),
                LifecycleEvent.upgraded(cert("P1", StarRating.FIVE, d(2029, 7, 1))));
    }

    @Test
    void inspectingWithoutACertificateInForce() {
        illegal("holds no certificate", LifecycleEvent.inspected(inspection(d(2027, 1, 1))));
        illegal("no longer in force", LifecycleEvent.recognised(NEW), LifecycleEvent.inspected(inspection(d(2029, 7, 1))));
    }

    @Test
    void revokingTheWrongCertificateTooEarlyByTheWrongLevelOrTwice() {
        LifecycleEvent ok = LIFECYCLE.revoke(NEW, RevocationGround.FALSE_INFORMATION, d(2027, 4, 20), "UBND tỉnh Mẫu");
        Revocation r = ok.getRevocation().orElseThrow();
        illegal("names certificate X", LifecycleEvent.recognised(NEW),
                LifecycleEvent.revoked(Revocation.builder().from(r).certificateDecisionNumber("X").build()));
        // effective 4 May 2027 is one day short of conclusion + 15 = 5 May 2027
        illegal("not before 2027-05-05", LifecycleEvent.recognised(NEW),
                LifecycleEvent.revoked(Revocation.builder().from(r).effectiveOn(d(2027, 5, 4)).build()));
        illegal("only the PROVINCE level", LifecycleEvent.recognised(NEW),
                LifecycleEvent.revoked(Revocation.builder().from(r).authorityLevel(AuthorityLevel.CENTRAL).build()));
        illegal("no longer in force", LifecycleEvent.recognised(NEW), ok,
                LifecycleEvent.revoked(Revocation.builder().from(r).concludedOn(d(2027, 6, 1)).effectiveOn(d(2027, 6, 16)).build()));
        illegal("holds no certificate", ok);
        illegal("no longer in force", LifecycleEvent.recognised(NEW),
                LIFECYCLE.revoke(NEW, RevocationGround.FALSE_INFORMATION, d(2029, 6, 10), "UBND tỉnh Mẫu"));
        // a later effective day (authority late) is accepted
        assertThat(replay(LifecycleEvent.recognised(NEW),
                LifecycleEvent.revoked(Revocation.builder().from(r).effectiveOn(d(2027, 5, 20)).build()))
                .stateOn(d(2027, 5, 20))).contains(LifecycleState.REVOKED);
    }

    @Test
    void aRejectedTransitionSaysWhatAndWhere() {
        assertThatThrownBy(() -> replay(LifecycleEvent.recognised(NEW), LifecycleEvent.reEvaluationFiled("P1", d(2028, 12, 16))))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.getProductId()).isEqualTo("P1");
                    assertThat(e.getEventType()).isEqualTo(LifecycleEventType.RE_EVALUATION_FILED);
                    assertThat(e.getDate()).isEqualTo(d(2028, 12, 16));
                    assertThat(e.getStateBefore()).contains(LifecycleState.RECOGNISED);
                    assertThat(e.getMessage()).contains("2028-12-17");
                });
    }

    @Test
    void mixingProductsIsRejected() {
        assertThatThrownBy(() -> replay(LifecycleEvent.recognised(NEW),
                LifecycleEvent.recognised(cert("P2", StarRating.THREE, d(2026, 7, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1 and P2");
    }

    @Test
    void districtCertificateIsRevokedByTheProvinceAfterDistrictsEnded() {
        Certificate district = Certificate.builder().productId("P1").rating(StarRating.THREE)
                .issuerLevel(AuthorityLevel.DISTRICT).issuingAuthority("UBND huyện Mẫu").decisionNumber("9/QĐ-UBND")
                .issuedOn(d(2024, 1, 5)).validUntil(d(2027, 1, 5)).rulebookId("QD-148-2023").build();
        LifecycleEvent revoked = LIFECYCLE.revoke(district, RevocationGround.LEGAL_BREACH, d(2025, 9, 1), "UBND tỉnh Mẫu");
        assertThat(revoked.getRevocation().orElseThrow().getAuthorityLevel()).isEqualTo(AuthorityLevel.PROVINCE);
        assertThat(replay(LifecycleEvent.recognised(district), revoked).stateOn(d(2025, 9, 16))).contains(LifecycleState.REVOKED);
    }
}
