package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bilingual labels: Vietnamese always, English when present and asked for. */
class LocalizedTextTest {

    private static final LocalizedText BOTH = LocalizedText.of("Rau cải", "Mustard greens");
    private static final LocalizedText VI_ONLY = LocalizedText.of("Rau cải");

    @Test
    void englishLocalesGetTheEnglishText() {
        assertThat(BOTH.in(Locale.ENGLISH)).isEqualTo("Mustard greens");
        assertThat(BOTH.in(Locale.US)).isEqualTo("Mustard greens");
        assertThat(BOTH.in(Locale.UK)).isEqualTo("Mustard greens");
    }

    @Test
    void otherLocalesGetTheVietnameseText() {
        assertThat(BOTH.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("Rau cải");
        assertThat(BOTH.in(Locale.FRENCH)).isEqualTo("Rau cải");
        assertThat(BOTH.in(Locale.ROOT)).isEqualTo("Rau cải");
    }

    @Test
    void englishFallsBackToVietnamese() {
        assertThat(VI_ONLY.in(Locale.ENGLISH)).isEqualTo("Rau cải");
        assertThat(VI_ONLY.getEn()).isEmpty();
    }

    @Test
    void builderAndFactoriesAgree() {
        LocalizedText built = LocalizedText.builder().vi("Rau cải").en("Mustard greens").build();
        assertThat(built).isEqualTo(BOTH).hasSameHashCodeAs(BOTH);
        assertThat(LocalizedText.builder().vi("Rau cải").build()).isEqualTo(VI_ONLY);
        assertThat(BOTH).isNotEqualTo(VI_ONLY);
        assertThat(BOTH.toString()).contains("Rau cải", "Mustard greens");
    }

    @Test
    void theVietnameseTextIsMandatory() {
        assertThatThrownBy(() -> LocalizedText.builder().en("Only English").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vi");
    }

    @Test
    void withCopies() {
        ImmutableLocalizedText text = (ImmutableLocalizedText) VI_ONLY;
        assertThat(text.withEn("Greens").in(Locale.ENGLISH)).isEqualTo("Greens");
        assertThat(text.getEn()).isEmpty();
    }

    @Test
    void blankTextsAreValidationErrors() {
        assertThat(OcopValidation.standard().violations(LocalizedText.of(" ", ""))).containsExactly(
                Violation.of("/en", "must not be blank", ""), Violation.of("/vi", "must not be blank", " "));
    }
}
