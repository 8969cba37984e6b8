package org.ocop.core.recognition;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;

/**
 * The conclusion of a post-recognition inspection (<i>kết luận kiểm tra, giám sát sau công nhận</i>),
 * Decision 26/2026/QĐ-TTg Art. 9: whether the product still meets its criteria and uses the OCOP mark
 * correctly. The province checks all its products, the Ministry 5★ products (and 3★/4★ when needed).
 *
 * <p>An inspection can lead to revocation (a ground of Art. 8 found) or to a re-evaluation at a lower rank
 * ({@code docs/rules.md} §4); the lifecycle in ocop-scoring derives the consequence.
 */
@Value.Immutable
public interface InspectionResult {

    /** @return the inspected product's id */
    @NotBlank
    @Identifier
    String getProductId();

    /** @return the day of the inspection's conclusion */
    LocalDate getConcludedOn();

    /** @return periodic or ad hoc */
    @Value.Default
    default InspectionKind getKind() {
        return InspectionKind.PERIODIC;
    }

    /** @return the level of the inspecting authority */
    AuthorityLevel getInspectorLevel();

    /** @return the inspecting authority, e.g. "Sở Nông nghiệp và Môi trường tỉnh Lào Cai" */
    @NotBlank
    String getInspectingAuthority();

    /** @return whether the product still meets the criteria of its rank */
    @Value.Default
    default boolean isCriteriaMaintained() {
        return true;
    }

    /** @return whether the OCOP mark and promotional information are used as regulated */
    @Value.Default
    default boolean isMarkUsedCorrectly() {
        return true;
    }

    /**
     * @return the rank the inspectors consider the product to hold now, when they assessed one (e.g. 3★
     *     for a 4★ product that slipped)
     */
    Optional<StarRating> getAssessedRank();

    /**
     * @return a revocation ground of Art. 8 stated in the conclusion (false information, legal breach,
     *     production stopped, another authority's conclusion …), if any
     */
    Optional<RevocationGround> getRevocationGround();

    /** @return the findings in the inspectors' own words */
    List<@NotBlank String> getFindings();

    /** Rejects a conclusion that contradicts itself. */
    @Value.Check
    default void check() {
        if (getRevocationGround().orElse(null) == RevocationGround.CRITERIA_NO_LONGER_MET && isCriteriaMaintained()) {
            throw new IllegalArgumentException("Inspection of " + getProductId()
                    + ": ground 'criteria no longer met' contradicts criteriaMaintained = true");
        }
        if (getRevocationGround().orElse(null) == RevocationGround.MARK_MISUSE && isMarkUsedCorrectly()) {
            throw new IllegalArgumentException("Inspection of " + getProductId()
                    + ": ground 'misuse of the OCOP mark' contradicts markUsedCorrectly = true");
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InspectionResult}. */
    final class Builder extends ImmutableInspectionResult.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
