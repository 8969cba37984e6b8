package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Council;
import org.ocop.core.product.Address;
import org.ocop.core.product.Workforce;

/**
 * The library as a guest: its messages live beside a host's own {@code ValidationMessages.properties} (this test
 * module ships one at the root of its class path, as a host would), a host's own validator resolves OCOP's
 * messages, and every standard constraint the model uses reads in Vietnamese.
 */
class GuestValidationTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A host bean validated with the host's own message key. */
    static final class HostForm {
        @NotNull(message = "{host.required}")
        String name;
    }

    @Test
    void aHostValidatorResolvesBothTheHostsAndOcopsMessages() {
        Validator host = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(host.validate(new HostForm())).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("the host says: required"));
        assertThat(OcopValidation.using(host).violations(Council.builder().level(AuthorityLevel.COMMUNE).build()))
                .containsExactly(Violation.of("/members", "a council needs at least one member", ""));
    }

    @Test
    void theLibrarysOwnValidatorResolvesOcopsMessagesBesideAHostBundle() {
        assertThat(OcopValidation.standard().violations(Council.builder().level(AuthorityLevel.COMMUNE).build()))
                .containsExactly(Violation.of("/members", "a council needs at least one member", ""));
    }

    @Test
    void theLibraryShipsNoRootLevelValidationMessages() {
        assertThat(OcopValidation.class.getResource("/ValidationMessages_vi.properties")).isNull();
        assertThat(OcopValidation.class.getResource("/org/ocop/core/ConstraintMessages_vi.properties")).isNotNull();
    }

    @Test
    void forLocaleGivesVietnameseForStandardConstraintsWhateverTheJvmLocale() {
        OcopValidation vi = OcopValidation.forLocale(VI);
        assertThat(vi.getLocale()).contains(VI);
        assertThat(vi.violations(Address.builder().provinceCode("01").communeCode("1").street(" ").build()))
                .containsExactly(Violation.of("/street", "không được để trống", " "));
        assertThat(vi.violations(Workforce.builder().total(4).women(-1).build()))
                .containsExactly(Violation.of("/women", "phải lớn hơn hoặc bằng 0", "-1"));
        assertThat(vi.violations(Council.builder().level(AuthorityLevel.COMMUNE).build()))
                .containsExactly(Violation.of("/members", "hội đồng phải có ít nhất một thành viên", ""));
        OcopValidation en = OcopValidation.forLocale(Locale.ENGLISH);
        assertThat(en.violations(Workforce.builder().total(4).women(-1).build()))
                .containsExactly(Violation.of("/women", "must be greater than or equal to 0", "-1"));
        assertThat(OcopValidation.standard().getLocale()).isEmpty();
    }

    @Test
    void everyStandardConstraintTheModelUsesHasAnEnglishAndAVietnameseText() throws IOException {
        Pattern use = Pattern.compile("@(AssertTrue|DecimalMax|DecimalMin|Max|Min|NotBlank|NotEmpty|NotNull|Null|"
                + "Pattern|Positive|PositiveOrZero|Size|Digits|Email|Negative|NegativeOrZero|Past|Future)\\b");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    used.add("jakarta.validation.constraints." + m.group(1) + ".message");
                }
            }
        }
        Properties en = load("ConstraintMessages.properties");
        Properties vi = load("ConstraintMessages_vi.properties");
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OcopValidation.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
