package org.ocop.core.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.AuthorityLevel;

/**
 * The revocation of a certificate (<i>thu hồi giấy chứng nhận</i>), Decision 26/2026/QĐ-TTg Art. 8: one of
 * six grounds, issued by the authority that recognised the product (the province's chairman for 3★/4★, the
 * Minister of Agriculture and Environment for 5★) 15 days after the authority's conclusion or the commune's
 * confirmation that production stopped ({@code docs/rules.md} §4). A revoked product may no longer show the
 * OCOP mark or its stars.
 *
 * <p>The 15-day delay is applied by the lifecycle policy in ocop-scoring, which computes
 * {@link #getEffectiveOn()} from {@link #getConcludedOn()}.
 */
@Value.Immutable
public interface Revocation {

    /** @return the product whose certificate is revoked */
    @NotBlank
    @Identifier
    String getProductId();

    /** @return the decision number of the revoked certificate */
    @NotBlank
    @Identifier
    String getCertificateDecisionNumber();

    /** @return the ground of Art. 8 */
    RevocationGround getGround();

    /**
     * @return the day of the conclusion the revocation rests on (inspection conclusion, another authority's
     *     conclusion, or the commune's confirmation that production stopped)
     */
    LocalDate getConcludedOn();

    /** @return the day the revocation decision is issued and takes effect */
    LocalDate getEffectiveOn();

    /** @return the level of the revoking authority */
    AuthorityLevel getAuthorityLevel();

    /** @return the revoking authority, e.g. "UBND tỉnh Lào Cai" */
    @NotBlank
    String getAuthority();

    /** @return the number of the revocation decision, once known */
    Optional<@Identifier @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getDecisionNumber();

    /** Rejects a revocation that takes effect before its conclusion. */
    @Value.Check
    default void check() {
        if (getEffectiveOn().isBefore(getConcludedOn())) {
            throw new IllegalArgumentException("Revocation of " + getProductId() + " takes effect on "
                    + getEffectiveOn() + ", before its conclusion on " + getConcludedOn());
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Revocation}. */
    final class Builder extends ImmutableRevocation.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
