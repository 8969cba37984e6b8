package org.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;
import org.ocop.scoring.lifecycle.LifecyclePolicy.GraceScope;
import org.ocop.scoring.lifecycle.LifecyclePolicy.ValidityEnd;

/** Certificate dates of docs/rules.md §4, every expected day computed by hand in the comments. */
class LifecyclePolicyTest {

    private static final LifecyclePolicy STANDARD = LifecyclePolicy.standard();

    static Certificate cert(String productId, StarRating rank, LocalDate issuedOn) {
        return STANDARD.issue(CertificateRequest.builder().productId(productId).rank(rank)
                .issuerLevel(rank == StarRating.FIVE ? AuthorityLevel.CENTRAL : AuthorityLevel.PROVINCE)
                .authority("UBND tỉnh Mẫu").decisionNumber("1/QĐ-" + productId + "-" + issuedOn).issuedOn(issuedOn)
                .rulebookId("QD-26-2026").build());
    }

    @Test
    void validityIs36MonthsToTheCorrespondingDay() {
        // 15 Jun 2026 + 36 months = 15 Jun 2029 (26/2026 Art. 4.3)
        assertThat(STANDARD.validUntil(LocalDate.of(2026, 6, 15))).isEqualTo(LocalDate.of(2029, 6, 15));
    }

    @Test
    void monthEndsAndLeapDays() {
        // 31 Jan 2026 + 36 months: Jan 2029 has a 31st -> 31 Jan 2029
        assertThat(STANDARD.validUntil(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2029, 1, 31));
        // 29 Feb 2024 + 36 months: Feb 2027 has no 29th -> last day of the month, 28 Feb 2027
        assertThat(STANDARD.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        // 28 Feb 2025 + 36 months: 28 Feb 2028 (the leap year's 29th is not reached)
        assertThat(STANDARD.validUntil(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 28));
        // 30 Nov 2025 + 36 months = 30 Nov 2028; 31 Aug 2026 + 36 months = 31 Aug 2029
        assertThat(STANDARD.validUntil(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2028, 11, 30));
        assertThat(STANDARD.validUntil(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    void dayBeforeAlternativeEndsOneDayEarlier() {
        LifecyclePolicy dayBefore = STANDARD.withValidityEnd(ValidityEnd.DAY_BEFORE);
        // 29 Feb 2024 -> corresponding 28 Feb 2027, day before = 27 Feb 2027
        assertThat(dayBefore.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
        // 31 Jan 2026 -> 31 Jan 2029, day before = 30 Jan 2029
        assertThat(dayBefore.validUntil(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2029, 1, 30));
        // 1 Mar 2026 -> 1 Mar 2029, day before = 28 Feb 2029 (2029 is not a leap year)
        assertThat(dayBefore.validUntil(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(dayBefore.getValidityEnd()).isEqualTo(ValidityEnd.DAY_BEFORE);
        assertThat(STANDARD.getValidityEnd()).isEqualTo(ValidityEnd.ON_CORRESPONDING_DAY);
    }

    @Test
    void windowNoticeOfACertificateIssued15June2026() {
        CertificateSchedule s = STANDARD.schedule(cert("P1", StarRating.FOUR, LocalDate.of(2026, 6, 15)));
        assertThat(s.getValidUntil()).isEqualTo(LocalDate.of(2029, 6, 15));
        // opens expiry - 180 days: 17 Dec 2028 -> 15 Jun 2029 = 14 (Dec) + 31 + 28 + 31 + 30 + 31 + 15 = 180
        assertThat(s.getWindowOpens()).isEqualTo(LocalDate.of(2028, 12, 17));
        // closes expiry - 120 days: 15 Feb 2029 -> 15 Jun 2029 = 13 (Feb) + 31 + 30 + 31 + 15 = 120
        assertThat(s.getWindowCloses()).isEqualTo(LocalDate.of(2029, 2, 15));
        // notice at least 30 days before expiry: 15 Jun - 30 days = 16 May 2029 (148/QĐ-TTg)
        assertThat(s.getNoticeBy()).isEqualTo(LocalDate.of(2029, 5, 16));
        // issued after 22 May 2026: no transitional grace under the standard scope
        assertThat(s.getGraceUntil()).isEmpty();
        assertThat(s.isInWindow(LocalDate.of(2028, 12, 16))).isFalse();
        assertThat(s.isInWindow(LocalDate.of(2028, 12, 17))).isTrue();
        assertThat(s.isInWindow(LocalDate.of(2029, 2, 15))).isTrue();
        assertThat(s.isInWindow(LocalDate.of(2029, 2, 16))).isFalse();
        assertThat(s.toString()).contains("2028-12-17");
    }

    @Test
    void leapDayInsideTheWindowShiftsItsOpening() {
        // issued 15 Jun 2025 -> expiry 15 Jun 2028; 180 days back crosses 29 Feb 2028:
        // 18 Dec 2027 -> 15 Jun 2028 = 13 (Dec) + 31 + 29 + 31 + 30 + 31 + 15 = 180
        CertificateSchedule s = STANDARD.schedule(cert("P1", StarRating.THREE, LocalDate.of(2025, 6, 15)));
        assertThat(s.getWindowOpens()).isEqualTo(LocalDate.of(2027, 12, 18));
        // issued 30 Aug 2025 -> expiry 30 Aug 2028; opens 3 Mar 2028: 28 (Mar) + 30 + 31 + 30 + 31 + 30 = 180
        // closes 2 May 2028: 29 (May) + 30 + 31 + 30 = 120
        CertificateSchedule t = STANDARD.schedule(cert("P2", StarRating.THREE, LocalDate.of(2025, 8, 30)));
        assertThat(t.getWindowOpens()).isEqualTo(LocalDate.of(2028, 3, 3));
        assertThat(t.getWindowCloses()).isEqualTo(LocalDate.of(2028, 5, 2));
    }

    @Test
    void graceOf180DaysForCertificatesIssuedBefore26of2026() {
        // issued 10 Mar 2024 (before 22 May 2026) -> expiry 10 Mar 2027;
        // grace until + 180 days: 21 (Mar) + 30 + 31 + 30 + 31 + 31 = 174 on 31 Aug, + 6 = 6 Sep 2027
        Certificate old = cert("P1", StarRating.FOUR, LocalDate.of(2024, 3, 10));
        assertThat(STANDARD.schedule(old).getGraceUntil()).contains(LocalDate.of(2027, 9, 6));
        // issued on 22 May 2026 itself: already under 26/2026, no grace by default
        Certificate onTheDay = cert("P2", StarRating.FOUR, LocalDate.of(2026, 5, 22));
        assertThat(STANDARD.graceApplies(onTheDay)).isFalse();
        assertThat(STANDARD.withGraceScope(GraceScope.ALL_CERTIFICATES).graceApplies(onTheDay)).isTrue();
        assertThat(STANDARD.withGraceScope(GraceScope.NONE).graceApplies(old)).isFalse();
        assertThat(STANDARD.withGraceScope(GraceScope.NONE).getGraceScope()).isEqualTo(GraceScope.NONE);
    }

    @Test
    void decisionDeadlineAndRevocationDelay() {
        // filed 10 Jan 2029 + 45 days: 21 days to 31 Jan, 24 more -> 24 Feb 2029 (26/2026 Art. 7.6)
        assertThat(STANDARD.decisionDeadline(LocalDate.of(2029, 1, 10))).isEqualTo(LocalDate.of(2029, 2, 24));
        // conclusion 20 Apr 2027 + 15 days = 5 May 2027 (26/2026 Art. 8)
        assertThat(STANDARD.revocationEffectiveOn(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 5, 5));
        // conclusion 20 Feb 2028 + 15 days crosses 29 Feb: 9 days to 29 Feb, 6 more -> 6 Mar 2028
        assertThat(STANDARD.revocationEffectiveOn(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 6));
    }

    @Test
    void revokingLevelIsTheIssuerOrTheProvinceAfterDistrictsEnded() {
        Certificate district = Certificate.builder().productId("P1").rating(StarRating.THREE)
                .issuerLevel(AuthorityLevel.DISTRICT).issuingAuthority("UBND huyện Mẫu").decisionNumber("9/QĐ-UBND")
                .issuedOn(LocalDate.of(2024, 1, 5)).validUntil(LocalDate.of(2027, 1, 5)).rulebookId("QD-148-2023").build();
        assertThat(STANDARD.revokingLevel(district, LocalDate.of(2025, 6, 30))).isEqualTo(AuthorityLevel.DISTRICT);
        assertThat(STANDARD.revokingLevel(district, LocalDate.of(2025, 7, 1))).isEqualTo(AuthorityLevel.PROVINCE);
        Certificate five = cert("P2", StarRating.FIVE, LocalDate.of(2026, 7, 1));
        assertThat(STANDARD.revokingLevel(five, LocalDate.of(2027, 1, 1))).isEqualTo(AuthorityLevel.CENTRAL);
    }

    @Test
    void issueRejectsUnrecognisableRanks() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cert("P1", StarRating.TWO, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3★ to 5★");
    }
}
