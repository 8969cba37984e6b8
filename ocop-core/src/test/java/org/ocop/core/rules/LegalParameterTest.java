package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.rulebookBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.OcopException;

/** Dated legal parameters (docs/rules.md §1): known or explicitly unknown, one value a day, typed reads. */
class LegalParameterTest {

    private static LegalParameter.Builder threeStars() {
        return LegalParameter.builder().name(ParameterName.RECOGNITION_LEVEL_THREE_STARS).decision("Quyết định 148/QĐ-TTg");
    }

    @Test
    void aValueAppliesWithinItsClosedPeriodAndReadsAsItsKind() {
        LegalParameter district = threeStars().value("DISTRICT").to(LocalDate.of(2025, 7, 5)).build();
        LegalParameter province = threeStars().value("PROVINCE").from(LocalDate.of(2025, 7, 6))
                .decision("Quyết định 1489/QĐ-TTg").build();
        assertThat(district.appliesOn(LocalDate.of(2025, 7, 5))).isTrue();
        assertThat(district.appliesOn(LocalDate.of(2025, 7, 6))).isFalse();
        assertThat(province.appliesOn(LocalDate.of(2025, 7, 6))).isTrue();
        assertThat(province.asLevel()).isEqualTo(AuthorityLevel.PROVINCE);
        Rulebook rb = rulebookBuilder().addParameters(district, province).build();
        assertThat(rb.parameter(ParameterName.RECOGNITION_LEVEL_THREE_STARS, LocalDate.of(2025, 7, 5))).contains(district);
        assertThat(rb.parameter(ParameterName.RECOGNITION_LEVEL_THREE_STARS, LocalDate.of(2025, 7, 6))).contains(province);
        assertThat(rb.parameter(ParameterName.CERTIFICATE_VALIDITY_MONTHS, LocalDate.of(2025, 7, 6))).isEmpty();

        LegalParameter months = LegalParameter.builder().name(ParameterName.CERTIFICATE_VALIDITY_MONTHS).value("36")
                .decision("Quyết định 26/2026/QĐ-TTg").article("4").clause("3").build();
        assertThat(months.asInt()).isEqualTo(36);
        assertThat(months.asDecimal()).isEqualByComparingTo(BigDecimal.valueOf(36));
        assertThat(months.getReference()).isEqualTo("Quyết định 26/2026/QĐ-TTg, Điều 4 khoản 3");
        assertThatThrownBy(months::asDate).isInstanceOf(ParameterException.class).isInstanceOf(OcopException.class)
                .hasMessageContaining("CERTIFICATE_VALIDITY_MONTHS is not a date: 36");
        assertThatThrownBy(months::asLevel).isInstanceOf(ParameterException.class);
    }

    @Test
    void anUnknownValueSaysWhyAndCannotBeRead() {
        LegalParameter unknown = LegalParameter.builder().name(ParameterName.REVOCATION_DELAY_DAYS)
                .unknownReason("no source gives it").decision("Quyết định 148/QĐ-TTg").build();
        assertThat(unknown.isKnown()).isFalse();
        assertThatThrownBy(unknown::asInt).isInstanceOf(ParameterException.class).hasMessageContaining("no source gives it");
        Rulebook rb = rulebookBuilder().addParameters(unknown).build();
        assertThatThrownBy(() -> rb.requireParameter(ParameterName.REVOCATION_DELAY_DAYS, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("is unknown").hasMessageContaining("no source gives it");
        assertThatThrownBy(() -> rb.requireParameter(ParameterName.EXPIRY_NOTICE_DAYS, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("states no EXPIRY_NOTICE_DAYS");
    }

    @Test
    void valueOrReasonExactlyOnceAndPeriodsInOrder() {
        assertThatThrownBy(() -> threeStars().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("either a value or the reason");
        assertThatThrownBy(() -> threeStars().value("PROVINCE").unknownReason("x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> threeStars().value("PROVINCE").from(LocalDate.of(2025, 7, 6)).to(LocalDate.of(2025, 7, 5))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'to' is before 'from'");
    }

    @Test
    void aRulebookRefusesTwoValuesOnOneDayAndALastDayOtherThanItsEnd() {
        LegalParameter open = threeStars().value("PROVINCE").build();
        LegalParameter fromJuly = threeStars().value("DISTRICT").from(LocalDate.of(2025, 7, 6)).build();
        assertThatThrownBy(() -> rulebookBuilder().addParameters(open, fromJuly).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two values of RECOGNITION_LEVEL_THREE_STARS");
        LegalParameter lastDay = LegalParameter.builder().name(ParameterName.LAST_DAY).value("2026-07-20")
                .decision("Quyết định 26/2026/QĐ-TTg").article("11").build();
        assertThatThrownBy(() -> rulebookBuilder().addParameters(lastDay).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs from effective-to");
        assertThat(rulebookBuilder().effectiveTo(LocalDate.of(2026, 7, 20)).addParameters(lastDay).build().getParameters())
                .containsExactly(lastDay);
    }

    @Test
    void userStandingsExist() {
        assertThat(Completeness.valueOf("PROVINCIAL")).isNotEqualTo(Completeness.OFFICIAL);
        assertThat(rulebookBuilder().completeness(Completeness.CUSTOM).replaces("QD-26-2026").build().getReplaces())
                .contains("QD-26-2026");
    }
}
