package org.ocop.core.result;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.ocop.core.StarRating;

/**
 * How far a product is from its next star: the points missing to the next band, the gates still failed,
 * and a minimal plan of criterion improvements that reaches the next rank ("what must we improve to get
 * 4 stars?").
 */
@Value.Immutable
public interface NextStarAdvice {

    /** @return the rank aimed at */
    StarRating getTarget();

    /** @return points the average lacks for the target band (0 when only gates hold it back) */
    BigDecimal getPointsLacking();

    /** @return codes of criteria whose gates for the target rank are failed */
    List<String> getFailingGates();

    /** @return the fewest improvements that reach the target rank; empty when it cannot be reached */
    List<PlanStep> getPlan();

    /** @return whether the target can be reached on this sheet at all */
    boolean isReachable();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NextStarAdvice}. */
    final class Builder extends ImmutableNextStarAdvice.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
