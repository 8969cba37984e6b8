package org.ocop.core.recognition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.ReportedAt;
import org.ocop.core.StarRating;

/**
 * A recognition decision and certificate (<i>quyết định công nhận và giấy chứng nhận sản phẩm OCOP</i>):
 * the rank, who issued it and when, and until when it is valid (36 months from issue, {@code
 * docs/rules.md} §4; the lifecycle in ocop-scoring computes {@link #getValidUntil()}).
 */
@Value.Immutable
public interface Certificate {

    /** @return the recognised product's id */
    @NotBlank
    @Identifier
    String getProductId();

    /** @return the recognised rank, 3★ to 5★ */
    StarRating getRating();

    /** @return the level of the issuing authority */
    AuthorityLevel getIssuerLevel();

    /** @return the issuing authority, e.g. "UBND tỉnh Lào Cai" */
    @NotBlank
    String getIssuingAuthority();

    /** @return the decision number, e.g. "1234/QĐ-UBND" */
    @NotBlank
    @Identifier
    String getDecisionNumber();

    /** @return the issue (decision) date */
    LocalDate getIssuedOn();

    /**
     * @return the last day of validity ("expiry"); ocop-scoring's {@code LifecyclePolicy.issue(..)} sets it
     *     to the issue day plus 36 months, ⚖ on the corresponding day (or the month's last day), see
     *     {@code LifecyclePolicy.ValidityEnd}; a certificate read from a province system keeps its own date
     */
    LocalDate getValidUntil();

    /** @return the rulebook the product was scored under */
    @NotBlank
    @Identifier
    String getRulebookId();

    /** Rejects an unrecognisable rank or an inverted validity. */
    @Value.Check
    default void check() {
        if (!getRating().isRecognisable()) {
            throw new IllegalArgumentException("Only 3★ to 5★ products are recognised with a certificate, got "
                    + getRating().symbol());
        }
    }

    /** @return whether validity ends after issue (Bean Validation rule) */
    @ReportedAt("validUntil")
    @AssertTrue(message = "{org.ocop.Certificate.datesInOrder}")
    default boolean isDatesInOrder() {
        return getValidUntil().isAfter(getIssuedOn());
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Certificate}. */
    final class Builder extends ImmutableCertificate.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
