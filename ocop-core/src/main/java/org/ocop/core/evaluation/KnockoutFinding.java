package org.ocop.core.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;

/**
 * A council's finding that a knock-out applies: a sheet-level disqualifier ("Hồ sơ bị loại khi: …") or the
 * knock-out note of a criterion or group (e.g. "Bị loại nếu 100% nguyên liệu nhập khẩu").
 */
@Value.Immutable
public interface KnockoutFinding {

    /** @return the criterion or group code whose knock-out applies; empty for a sheet-level disqualifier */
    Optional<@Identifier @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getCode();

    /** @return the council's reason, in its own words */
    @NotBlank
    String getReason();

    /**
     * @param reason why the dossier is disqualified
     * @return a sheet-level finding
     */
    static KnockoutFinding sheet(String reason) {
        return builder().reason(reason).build();
    }

    /**
     * @param code the criterion or group code
     * @param reason the council's reason
     * @return a criterion-level finding
     */
    static KnockoutFinding of(String code, String reason) {
        return builder().code(code).reason(reason).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link KnockoutFinding}. */
    final class Builder extends ImmutableKnockoutFinding.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
