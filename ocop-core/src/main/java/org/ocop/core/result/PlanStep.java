package org.ocop.core.result;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One improvement of a next-star plan: raise the chosen option of a criterion from one option to a
 * better one, gaining points on the average.
 */
@Value.Immutable
public interface PlanStep {

    /** @return the criterion code */
    String getCriterionCode();

    /** @return the option chosen now (index; for several members, the lowest chosen) */
    int getFromOption();

    /** @return the option to reach (index) */
    int getToOption();

    /** @return points the average gains */
    BigDecimal getPointsGained();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlanStep}. */
    final class Builder extends ImmutablePlanStep.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
