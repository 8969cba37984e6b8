package org.ocop.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user-facing label in Vietnamese, the official language of the OCOP decisions, with an optional
 * English rendering.
 *
 * <p>The Vietnamese text is kept as printed in the source (NFC-normalised); English texts in the
 * shipped data are the project's own translations unless a source says otherwise.
 */
@Value.Immutable
public interface LocalizedText {

    /** @return the Vietnamese text (<i>tiếng Việt</i>), never blank */
    @NotBlank
    @Value.Parameter
    String getVi();

    /** @return the English rendering, if any */
    @Value.Parameter
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getEn();

    /**
     * Returns the text in the language of the locale: English for an English locale when present,
     * Vietnamese otherwise.
     *
     * @param locale the reader's locale
     * @return the best text for that locale
     */
    default String in(Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return getEn().orElse(getVi());
        }
        return getVi();
    }

    /**
     * @param vi the Vietnamese text
     * @return a label with no English rendering
     */
    static LocalizedText of(String vi) {
        return ImmutableLocalizedText.of(vi, Optional.empty());
    }

    /**
     * @param vi the Vietnamese text
     * @param en the English rendering
     * @return a bilingual label
     */
    static LocalizedText of(String vi, String en) {
        return ImmutableLocalizedText.of(vi, Optional.of(en));
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LocalizedText}. */
    final class Builder extends ImmutableLocalizedText.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
