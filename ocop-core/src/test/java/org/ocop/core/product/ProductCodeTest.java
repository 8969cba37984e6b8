package org.ocop.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Product codes {@code T-X-STT-20xx} printed on the 26/2026 sheets. */
class ProductCodeTest {

    @Test
    void parsesAndPrintsBack() {
        ProductCode code = ProductCode.parse("01-00004-12-2026");
        assertThat(code.getProvinceCode()).isEqualTo("01");
        assertThat(code.getCommuneCode()).isEqualTo("00004");
        assertThat(code.getSequence()).isEqualTo("12");
        assertThat(code.getYear()).isEqualTo(2026);
        assertThat(code.asString()).isEqualTo("01-00004-12-2026");
        assertThat(ProductCode.parse(code.asString())).isEqualTo(code).hasSameHashCodeAs(code);
    }

    @Test
    void leadingZerosAreKept() {
        assertThat(ProductCode.parse("001-000001-007-2030").asString()).isEqualTo("001-000001-007-2030");
    }

    @Test
    void surroundingSpacesAreStripped() {
        assertThat(ProductCode.parse("  79-26734-1-2027 ").asString()).isEqualTo("79-26734-1-2027");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-00004-12-1999", "01-00004-12-26", "01-00004-12-20266", "A1-00004-12-2026",
            "01-00004-2026", "123456-1-1-2026", "1-1234567-1-2026", "1-1-1234567-2026", "01/00004/12/2026",
            "01-00004-12-2026-1", ""})
    void malformedCodesAreRejected(String text) {
        assertThatThrownBy(() -> ProductCode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An OCOP product code has the form T-X-STT-20xx (digits), got '" + text + "'");
    }

    @Test
    void nullIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> ProductCode.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A product code is required");
    }

    @Test
    void partsThatWouldNotPrintBackAreRejectedWhenBuilt() {
        // no public builder: the package-private one is what ocop-json's binding would use
        assertThatThrownBy(() -> ImmutableProductCode.builder().provinceCode("1a").communeCode("2").sequence("3")
                .year(2026).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An OCOP product code has the form T-X-STT-20xx (digits), got '1a-2-3-2026'");
        assertThatThrownBy(() -> ImmutableProductCode.builder().provinceCode("1").communeCode("2").sequence("3")
                .year(1999).build()).hasMessageContaining("got '1-2-3-1999'");
        assertThatThrownBy(() -> ImmutableProductCode.builder().provinceCode("1").communeCode("2").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sequence").hasMessageContaining("year");
    }
}
