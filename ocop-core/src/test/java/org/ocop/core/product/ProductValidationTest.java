package org.ocop.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.core.Fixtures.address;
import static org.ocop.core.Fixtures.producer;
import static org.ocop.core.Fixtures.product;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;

/** Bean Validation constraints of producers and products, one test per constraint (English messages). */
class ProductValidationTest {

    private static final String DIGITS = "must be digits only";
    private static final String BLANK = "must not be blank";

    private static List<Violation> violations(Object value) {
        return OcopValidation.standard().violations(value);
    }

    private static Address.Builder addressBuilder() {
        return Address.builder().from(address());
    }

    private static Product.Builder productBuilder() {
        return Product.builder().from(product());
    }

    private static Producer.Builder producerBuilder() {
        return Producer.builder().from(producer());
    }

    @Test
    void theSampleProductIsValid() {
        assertThat(violations(product())).isEmpty();
    }

    @Test
    void absentOptionalTextsAreValid() {
        // regression: an empty Optional<@NotBlank String> used to be reported as blank
        Address bare = Address.builder().provinceCode("01").communeCode("4").build();
        assertThat(bare.getProvinceName()).isEmpty();
        assertThat(violations(bare)).isEmpty();
        assertThat(violations(LocalizedText.of("Rau"))).isEmpty();
    }

    @Test
    void provinceCodeIsDigits() {
        assertThat(violations(addressBuilder().provinceCode("0a").build()))
                .containsExactly(Violation.of("/provinceCode", DIGITS, "0a"));
        assertThat(violations(addressBuilder().provinceCode("123456").build()))
                .containsExactly(Violation.of("/provinceCode", DIGITS, "123456"));
    }

    @Test
    void provinceCodeIsNotBlank() {
        assertThat(violations(addressBuilder().provinceCode("").build())).containsExactly(
                Violation.of("/provinceCode", DIGITS, ""), Violation.of("/provinceCode", BLANK, ""));
    }

    @Test
    void communeCodeIsDigits() {
        assertThat(violations(addressBuilder().communeCode("1234567").build()))
                .containsExactly(Violation.of("/communeCode", DIGITS, "1234567"));
        assertThat(violations(addressBuilder().communeCode("x-1").build()))
                .containsExactly(Violation.of("/communeCode", DIGITS, "x-1"));
    }

    @Test
    void presentAddressNamesAreNotBlank() {
        assertThat(violations(addressBuilder().provinceName(" ").communeName("").street("\t").build()))
                .containsExactly(Violation.of("/communeName", BLANK, ""), Violation.of("/provinceName", BLANK, " "),
                        Violation.of("/street", BLANK, "<U+0009>"));
    }

    @Test
    void workforceSubCountsFitTheTotal() {
        String message = "women, ethnic-minority and local workers cannot exceed the total";
        assertThat(violations(Workforce.builder().total(20).women(21).build()))
                .containsExactly(Violation.of("", message, ""));
        assertThat(violations(Workforce.builder().total(20).ethnicMinority(21).build()))
                .containsExactly(Violation.of("", message, ""));
        assertThat(violations(Workforce.builder().total(20).local(21).build()))
                .containsExactly(Violation.of("", message, ""));
        // equal to the total is fine
        assertThat(violations(Workforce.builder().total(20).women(20).ethnicMinority(20).local(20).build())).isEmpty();
    }

    @Test
    void workforceCountsAreNotNegative() {
        String message = "must be greater than or equal to 0";
        assertThat(violations(Workforce.builder().total(5).women(-1).ethnicMinority(-2).local(-3).build()))
                .containsExactly(Violation.of("/ethnicMinority", message, "-2"), Violation.of("/local", message, "-3"),
                        Violation.of("/women", message, "-1"));
        // a negative total also puts every sub-count (0) above it
        assertThat(violations(Workforce.builder().total(-1).build())).containsExactly(
                Violation.of("", "women, ethnic-minority and local workers cannot exceed the total",
                        ""),
                Violation.of("/total", message, "-1"));
    }

    @Test
    void membersAreOnlyForCooperatives() {
        String message = "members are recorded only for cooperatives and cooperative groups";
        assertThat(violations(producerBuilder().type(ProducerType.SMALL_MEDIUM_ENTERPRISE).build()))
                .containsExactly(Violation.of("/members", message, "15"));
        assertThat(violations(producerBuilder().type(ProducerType.COOPERATIVE_GROUP).build())).isEmpty();
        Producer household = Producer.builder().from(producer()).type(ProducerType.BUSINESS_HOUSEHOLD).build();
        assertThat(violations(household)).extracting(Violation::getPath).containsExactly("/members");
    }

    @Test
    void membersArePositive() {
        assertThat(violations(producerBuilder().members(0).build()))
                .containsExactly(Violation.of("/members", "must be greater than 0", "0"));
    }

    @Test
    void producerIdAndNameAreNotBlank() {
        assertThat(violations(producerBuilder().id(" ").legalName("").build())).containsExactly(
                Violation.of("/id", BLANK, " "), Violation.of("/legalName", BLANK, ""));
    }

    @Test
    void producerCascadesIntoAddressAndWorkforce() {
        Producer p = producerBuilder().address(addressBuilder().provinceCode("x").build())
                .workforce(Workforce.builder().total(1).women(2).build()).build();
        assertThat(violations(p)).extracting(Violation::getPath)
                .containsExactly("/address/provinceCode", "/workforce");
    }

    @Test
    void exportMarketsAreIsoCountryCodes() {
        String message = "must be an ISO 3166-1 alpha-2 country code (two capital letters)";
        assertThat(violations(productBuilder().exportMarkets(List.of("JP", "jp", "VNM", "")).build())).containsExactly(
                Violation.of("/exportMarkets/1", message, "jp"),
                Violation.of("/exportMarkets/2", message, "VNM"),
                Violation.of("/exportMarkets/3", message, ""));
    }

    @Test
    void localRawMaterialPercentIs0To100() {
        assertThat(violations(productBuilder().localRawMaterialPercent(new BigDecimal("100.5")).build()))
                .containsExactly(Violation.of("/localRawMaterialPercent", "must be less than or equal to 100", "100.5"));
        assertThat(violations(productBuilder().localRawMaterialPercent(new BigDecimal("-0.1")).build()))
                .containsExactly(Violation.of("/localRawMaterialPercent", "must be greater than or equal to 0", "-0.1"));
        assertThat(violations(productBuilder().localRawMaterialPercent(new BigDecimal("100")).build())).isEmpty();
        assertThat(violations(productBuilder().localRawMaterialPercent(BigDecimal.ZERO).build())).isEmpty();
    }

    @Test
    void awardsAreNotBlank() {
        assertThat(violations(productBuilder().addAwards("Giải vàng", " ").build()))
                .containsExactly(Violation.of("/awards/1", BLANK, " "));
    }

    @Test
    void outputAndRevenueAreNotNegative() {
        String message = "must be greater than or equal to 0";
        assertThat(violations(productBuilder().annualOutput(new BigDecimal("-1")).annualRevenueVnd(-5L).outputUnit(" ")
                .build())).containsExactly(Violation.of("/annualOutput", message, "-1"),
                Violation.of("/annualRevenueVnd", message, "-5"), Violation.of("/outputUnit", BLANK, " "));
    }

    @Test
    void productIdAndNameAreValidated() {
        assertThat(violations(productBuilder().id("").name(LocalizedText.of(" ", "")).build())).containsExactly(
                Violation.of("/id", BLANK, ""), Violation.of("/name/en", BLANK, ""), Violation.of("/name/vi", BLANK, " "));
    }

    @Test
    void productCascadesIntoItsProducer() {
        Product p = productBuilder().producer(producerBuilder().members(0).build()).build();
        assertThat(violations(p)).containsExactly(Violation.of("/producer/members", "must be greater than 0", "0"));
    }
}
