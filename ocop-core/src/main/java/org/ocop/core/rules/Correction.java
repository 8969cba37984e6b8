package org.ocop.core.rules;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A correction applied to a source when converting it into a rulebook, with the value as printed, so that
 * nothing is silently changed (e.g. 26/2026 sheet 4, group 7: printed 13, used 3).
 */
@Value.Immutable
public interface Correction {

    /** @return where, e.g. {@code "sheet 4 / group 7 / option 2"} */
    @NotBlank
    String getLocation();

    /** @return the value as printed ({@code ""} when blank) */
    String getPrinted();

    /** @return the value used */
    @NotBlank
    String getUsed();

    /** @return why the printed value was corrected */
    @NotBlank
    String getReason();

    /** @return the confidence stated by the source's validation report (e.g. "high") */
    Optional<String> getConfidence();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Correction}. */
    final class Builder extends ImmutableCorrection.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
