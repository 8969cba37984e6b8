package org.ocop.core.result;

import java.util.Map;
import org.immutables.value.Value;
import org.ocop.core.StarRating;

/**
 * One star gate of the sheet: the option marked with {@code ***}/{@code ****}/{@code *****} on a
 * criterion, the members' choices, and whether the gate is met under the scoring policy
 * (docs/rules.md §3.5).
 */
@Value.Immutable
public interface GateCheck {

    /** @return the criterion code */
    String getCriterionCode();

    /** @return the rank the gate is the minimum for */
    StarRating getStar();

    /** @return the index of the gated option (the minimum to reach) */
    int getRequiredOption();

    /** @return each member's chosen option index, by member id (absent when the member left it out) */
    Map<String, Integer> getMemberChoices();

    /** @return whether the gate is met */
    boolean isMet();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GateCheck}. */
    final class Builder extends ImmutableGateCheck.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
