package org.ocop.core.product;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.ocop.core.ReportedAt;

/**
 * A producer's workforce, which the sheets reward as local labour including women and ethnic minorities
 * (Annex II, criteria on the use of local labour; {@code docs/rules.md} §2).
 */
@Value.Immutable
public interface Workforce {

    /** @return all workers */
    @PositiveOrZero
    int getTotal();

    /** @return women workers (<i>lao động nữ</i>) */
    @PositiveOrZero
    @Value.Default
    default int getWomen() {
        return 0;
    }

    /** @return ethnic-minority workers (<i>lao động người dân tộc thiểu số</i>) */
    @PositiveOrZero
    @Value.Default
    default int getEthnicMinority() {
        return 0;
    }

    /** @return workers living in the commune (<i>lao động địa phương</i>) */
    @PositiveOrZero
    @Value.Default
    default int getLocal() {
        return 0;
    }

    /** @return whether every sub-count fits within the total (Bean Validation rule) */
    @ReportedAt("")
    @AssertTrue(message = "{org.ocop.Workforce.subCounts}")
    default boolean isSubCountsWithinTotal() {
        return getWomen() <= getTotal() && getEthnicMinority() <= getTotal() && getLocal() <= getTotal();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Workforce}. */
    final class Builder extends ImmutableWorkforce.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
