package org.ocop.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration codes: 10 digits, or 10 digits + "-" + 3 digits for a branch. */
class RegistrationCodeTest {

    @Test
    void tenDigitsIsAnEnterpriseCode() {
        RegistrationCode code = RegistrationCode.of("0101234567");
        assertThat(code.getValue()).isEqualTo("0101234567");
        assertThat(code.isBranch()).isFalse();
    }

    @Test
    void aBranchAddsAHyphenAndThreeDigits() {
        RegistrationCode code = RegistrationCode.of("0101234567-001");
        assertThat(code.getValue()).isEqualTo("0101234567-001");
        assertThat(code.isBranch()).isTrue();
    }

    @Test
    void surroundingSpacesAreStripped() {
        assertThat(RegistrationCode.of(" 0101234567 ").getValue()).isEqualTo("0101234567");
    }

    @Test
    void equalCodesAreEqual() {
        assertThat(RegistrationCode.of("0101234567")).isEqualTo(RegistrationCode.of("0101234567"))
                .hasSameHashCodeAs(RegistrationCode.of("0101234567"))
                .isNotEqualTo(RegistrationCode.of("0101234567-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010123456", "01012345678", "01012345A7", "0101234567-01", "0101234567-0001",
            "0101234567_001", "0101234567-", "0101234567-ABC", "", "0101 234567"})
    void malformedCodesAreRejected(String value) {
        assertThatThrownBy(() -> RegistrationCode.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A registration code is 10 digits, or 10 digits, '-' and 3 digits for a branch; got '"
                        + value.strip() + "'");
    }

    @Test
    void nullIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> RegistrationCode.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A registration code is required");
    }
}
