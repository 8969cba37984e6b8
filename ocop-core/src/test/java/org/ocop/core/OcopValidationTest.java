package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.product.Address;
import org.ocop.core.product.Product;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;

/**
 * The validation entry point, the message bundles (English and Vietnamese, same keys) and the Bean
 * Validation rule of {@link Certificate} (the recognition package's other tests live with the lifecycle).
 */
class OcopValidationTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A validator whose messages are Vietnamese (Hibernate Validator 9 wants the locale among its locales). */
    private static OcopValidation vietnamese() {
        return OcopValidation.using(Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(VI).locales(VI).buildValidatorFactory().getValidator());
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OcopValidationTest.class.getResourceAsStream("/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Certificate.Builder certificate() {
        return Certificate.builder().productId("SP-1").rating(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
                .issuingAuthority("UBND thành phố Hà Nội").decisionNumber("1234/QĐ-UBND")
                .issuedOn(LocalDate.of(2026, 9, 1)).validUntil(LocalDate.of(2029, 8, 31)).rulebookId("QD-26-2026");
    }

    @Test
    void standardIsShared() {
        assertThat(OcopValidation.standard()).isSameAs(OcopValidation.standard());
    }

    @Test
    void nullIsRefusedClearly() {
        assertThatThrownBy(() -> OcopValidation.standard().violations(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot validate null: pass an ocop-core value");
        assertThatThrownBy(() -> OcopValidation.using(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pass a jakarta.validation.Validator");
        assertThatThrownBy(() -> OcopValidation.forLocale(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validateReturnsAValidValue() {
        Product p = Fixtures.product();
        assertThat(OcopValidation.standard().validate(p)).isSameAs(p);
    }

    @Test
    void validateThrowsWithEveryViolationSortedByPath() {
        Address a = Address.builder().provinceCode("x").communeCode("y").street(" ").build();
        assertThatThrownBy(() -> OcopValidation.standard().validate(a)).isInstanceOf(OcopValidationException.class)
                .isInstanceOf(OcopException.class)
                .hasMessage("3 violations: /communeCode: must be digits only (y); /provinceCode: must be digits only (x); "
                        + "/street: must not be blank")
                .satisfies(e -> assertThat(((OcopValidationException) e).getViolations()).containsExactly(
                        Violation.of("/communeCode", "must be digits only", "y"),
                        Violation.of("/provinceCode", "must be digits only", "x"),
                        Violation.of("/street", "must not be blank", " ")));
    }

    @Test
    void longInvalidValuesAreShortened() {
        String long100 = "x".repeat(100);
        Violation v = OcopValidation.standard().violations(Address.builder().provinceCode(long100).communeCode("1")
                .build()).get(0);
        assertThat(v.getInvalidValue()).hasSize(80).endsWith("...");
    }

    @Test
    void anExceptionNeedsAViolation() {
        assertThatThrownBy(() -> new OcopValidationException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An OcopValidationException needs at least one violation");
    }

    @Test
    void violationPrintsItsPath() {
        assertThat(Violation.of("", "bad", "").toString()).isEqualTo("bad");
        assertThat(Violation.of("/a/b", "bad", "1").toString()).isEqualTo("/a/b: bad (1)");
        assertThat(Violation.of("/a/b", "bad", " ").toString()).isEqualTo("/a/b: bad");
        assertThatThrownBy(() -> Violation.of(null, "m", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A violation needs a path, a message and an invalid value (\"\" for none)");
    }

    @Test
    void certificateValidityEndsAfterIssue() {
        String message = "a certificate must be valid until a day after its issue";
        assertThat(OcopValidation.standard().violations(certificate().build())).isEmpty();
        assertThat(OcopValidation.standard().violations(certificate().validUntil(LocalDate.of(2026, 9, 1)).build()))
                .containsExactly(Violation.of("/validUntil", message, "2026-09-01"));
        assertThat(OcopValidation.standard().violations(certificate().validUntil(LocalDate.of(2026, 8, 1)).build()))
                .containsExactly(Violation.of("/validUntil", message, "2026-08-01"));
    }

    @Test
    void certificateTextsAreNotBlank() {
        Certificate c = certificate().productId("").issuingAuthority(" ").decisionNumber("").rulebookId(" ").build();
        assertThat(OcopValidation.standard().violations(c)).extracting(Violation::getPath)
                .containsExactly("/decisionNumber", "/issuingAuthority", "/productId", "/rulebookId");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = bundle("ContributorValidationMessages.properties");
        Properties vi = bundle("ContributorValidationMessages_vi.properties");
        assertThat(en).isNotEmpty();
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void everyMessageKeyInTheSourcesIsInTheBundlesAndEveryBundleKeyIsUsed() throws IOException {
        Pattern key = Pattern.compile("\\{(org\\.ocop\\.[A-Za-z.]+)\\}");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("ContributorValidationMessages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void vietnameseMessages() {
        OcopValidation vi = vietnamese();
        assertThat(vi.violations(Workforce.builder().total(1).women(2).build())).containsExactly(Violation.of("", "số lao động nữ, dân tộc thiểu số và địa phương không được vượt quá tổng số lao động",
                ""));
        assertThat(vi.violations(Address.builder().provinceCode("01").communeCode("x").build()))
                .containsExactly(Violation.of("/communeCode", "chỉ được gồm chữ số", "x"));
        assertThat(vi.violations(Council.builder().level(AuthorityLevel.COMMUNE).build()))
                .containsExactly(Violation.of("/members", "hội đồng phải có ít nhất một thành viên", ""));
        assertThat(vi.violations(Product.builder().from(Fixtures.product()).addExportMarkets("vn").build()))
                .containsExactly(Violation.of("/exportMarkets/1",
                        "phải là mã quốc gia ISO 3166-1 gồm hai chữ cái in hoa", "vn"));
        assertThat(vi.violations(Fixtures.evaluationBuilder().from(Fixtures.evaluation()).type(EvaluationType.UPGRADE)
                .build())).containsExactly(Violation.of("/currentRating",
                "hạng hiện tại chỉ ghi khi nâng hạng hoặc đánh giá lại, và bắt buộc khi đó", ""));
        assertThat(vi.violations(certificate().validUntil(LocalDate.of(2026, 1, 1)).build())).containsExactly(
                Violation.of("/validUntil", "giấy chứng nhận phải có hiệu lực đến sau ngày cấp", "2026-01-01"));
        assertThat(vi.violations(Fixtures.rulebookBuilder().id("qd").build())).containsExactly(Violation.of("/id",
                "chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, ví dụ QD-26-2026", "qd"));
    }

    @Test
    void englishMessagesDoNotDependOnTheJvmLocaleWhenAsked() {
        OcopValidation en = OcopValidation.using(Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH).buildValidatorFactory().getValidator());
        assertThat(en.violations(Council.builder().level(AuthorityLevel.COMMUNE).build()))
                .containsExactly(Violation.of("/members", "a council needs at least one member", ""));
    }
}
