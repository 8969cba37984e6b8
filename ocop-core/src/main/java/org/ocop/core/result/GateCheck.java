package org.ocop.core.result;

import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.ocop.core.StarRating;

/**
 * One star gate of the sheet: the option marked with {@code ***}/{@code ****}/{@code *****} on a
 * criterion, the members' choices, and whether the gate is met under the scoring policy
 * (docs/rules.md §3.5).
 *
 * <p>The members' choices are one immutable {@link MemberChoices}, shared (not copied) by the gates of one
 * criterion and taken as given when it already is one.
 */
@Value.Immutable
public abstract class GateCheck {

    /** For the generated implementation. */
    GateCheck() {}

    /** @return the criterion code */
    public abstract String getCriterionCode();

    /** @return the rank the gate is the minimum for */
    public abstract StarRating getStar();

    /** @return the index of the gated option (the minimum to reach) */
    public abstract int getRequiredOption();

    /** @return each member's chosen option index, by member id (absent when the member left it out) */
    public Map<String, Integer> getMemberChoices() {
        return getChoices();
    }

    /** @return the members' choices, the stored form of {@link #getMemberChoices()} (an attribute, not copied) */
    @Value.Default
    MemberChoices getChoices() {
        return MemberChoices.of();
    }

    /** @return whether the gate is met */
    public abstract boolean isMet();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GateCheck}. */
    public static final class Builder extends ImmutableGateCheck.Builder {
        private MemberChoices set = MemberChoices.of();

        /** Creates an empty builder. */
        public Builder() {}

        /**
         * @param memberChoices each member's chosen option index, by member id (kept as it is when it is a
         *     {@link MemberChoices}, copied otherwise); replaces the choices set before
         * @return this builder
         */
        public Builder memberChoices(Map<String, Integer> memberChoices) {
            set = MemberChoices.copyOf(memberChoices);
            choices(set);
            return this;
        }

        /**
         * Adds one member's choice to those given to this builder by {@link #memberChoices} and this method
         * (not to those copied by {@code from}).
         *
         * @param memberId the member
         * @param option the chosen option index
         * @return this builder
         */
        public Builder putMemberChoice(String memberId, int option) {
            Map<String, Integer> more = new LinkedHashMap<>(set);
            more.put(memberId, option);
            return memberChoices(more);
        }
    }
}
