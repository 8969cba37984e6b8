package org.ocop.core.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every decision (⚖) of {@code docs/rules.md} §3 that the sources leave open, as one immutable value passed to
 * the scoring engine. {@link #standard()} holds the documented defaults; a changed copy is
 * {@code ScoringPolicy.builder().from(p).maxSpread(10).build()}. Its one textual form is a map of option names
 * to strings ({@link #fromOptions(Map)}, {@link #toOptions()}), used alike by command-line options, test cases
 * and documents. Display rounding is not a policy: averages are exact, and whoever shows them rounds them.
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>Option</th><th>Accessor</th><th>Default</th><th>Values</th><th>Source</th></tr>
 *   <tr><td>{@code gates}</td><td>{@link #getGateAggregation()}</td><td>{@code STRICT_MAJORITY}</td>
 *       <td>{@link GateAggregation} names</td><td>§3.5 ⚖</td></tr>
 *   <tr><td>{@code knockouts}</td><td>{@link #getKnockoutSemantics()}</td><td>{@code DISQUALIFY}</td>
 *       <td>{@link KnockoutSemantics} names</td><td>§3.6 ⚖</td></tr>
 *   <tr><td>{@code maxSpread}</td><td>{@link #getMaxSpread()}</td><td>{@code off}</td>
 *       <td>{@code off} or points, 0 and up</td><td>§3.3, province council regulations</td></tr>
 *   <tr><td>{@code quorum}</td><td>{@link #getQuorum()}</td><td>{@code off}</td>
 *       <td>{@code off}, {@code N/D} or {@code N/D+chair}</td><td>§3.3, province council regulations</td></tr>
 *   <tr><td>{@code maxCouncil}</td><td>{@link #getMaxCouncil()}</td><td>{@value #DEFAULT_MAX_COUNCIL}</td>
 *       <td>members, 1 and up</td><td>§3.3 ⚖ (no source sets a maximum)</td></tr>
 *   <tr><td>{@code nextStar}</td><td>{@link #isComputeNextStar()}</td><td>{@code true}</td>
 *       <td>{@code true} or {@code false}</td><td>§3.7</td></tr>
 * </table>
 */
@Value.Immutable
public interface ScoringPolicy {

    /**
     * The default largest council the engine scores: 50 members. ⚖ Our decision, not law: no decision sets a
     * maximum (a council is a chair and members from about seven departments); the limit keeps a mistaken or
     * hostile document (tens of thousands of members) from tying up a scoring service.
     */
    int DEFAULT_MAX_COUNCIL = 50;

    /**
     * How the members' choices decide whether a star gate is met when a council has several members
     * ({@code docs/rules.md} §3.5 ⚖; no decision says).
     */
    enum GateAggregation {
        /** Met when strictly more than half of the members who filled a sheet reach the gated option (default). */
        STRICT_MAJORITY,
        /** Met only when every member reaches the gated option. */
        ALL_MEMBERS,
        /**
         * Met when the council's separate consensus sheet ({@code Evaluation.getConsensus()}) reaches the
         * gated option; scoring an evaluation without a consensus sheet under this policy is refused. Points
         * and bands still come from the members' sheets (§3.3).
         */
        CONSENSUS_SHEET
    }

    /**
     * What a knock-out found by the council does ({@code docs/rules.md} §3.6 ⚖; the decisions say "bị loại"
     * or "không đánh giá các bước tiếp theo" without defining the consequence for the score).
     */
    enum KnockoutSemantics {
        /** Any knock-out makes the outcome {@code DISQUALIFIED}: no star rank at all (default). */
        DISQUALIFY,
        /**
         * A knock-out scores criteria as 0 instead of disqualifying, defined precisely as follows:
         * <ul>
         *   <li>a finding on a criterion zeroes that criterion (a composite: all its sub-criteria); a finding
         *       on a group zeroes every criterion of the group;</li>
         *   <li>when the printed knock-out of that criterion or group is {@code HALT_EVALUATION} ("không đánh giá
         *       các bước tiếp theo"), every leaf criterion printed after it on the sheet is zeroed too;</li>
         *   <li>a zeroed criterion scores 0 for every member and meets no star gate (its choice counts as
         *       absent);</li>
         *   <li>a sheet-level finding (forged dossier, missing food-safety certificate…) has nothing to zero
         *       and still disqualifies.</li>
         * </ul>
         * The findings stay listed in the result, with a warning that they were scored as 0.
         */
        ZERO_REMAINING
    }

    /**
     * A quorum rule of a council regulation ({@code docs/rules.md} §3.3, e.g. "at least 3/4 of members, chair
     * present"): met when {@code present × denominator ≥ numerator × members}.
     */
    @Value.Immutable
    abstract class Quorum {

        Quorum() {}

        /**
         * @param numerator the fraction's numerator, at least 0
         * @param denominator the fraction's denominator, positive, at least the numerator
         * @param chairPresent whether the chair must be present
         * @return the quorum
         * @throws InvalidPolicyException unless {@code 0 ≤ numerator ≤ denominator} and {@code denominator > 0}
         */
        public static Quorum of(int numerator, int denominator, boolean chairPresent) {
            if (denominator <= 0 || numerator < 0 || numerator > denominator) {
                throw new InvalidPolicyException("A quorum is a fraction from 0 to 1, got " + numerator + "/"
                        + denominator);
            }
            return ImmutableQuorum.of(numerator, denominator, chairPresent);
        }

        /** @return the fraction's numerator, at least 0 */
        @Value.Parameter
        public abstract int getNumerator();

        /** @return the fraction's denominator, positive, at least the numerator */
        @Value.Parameter
        public abstract int getDenominator();

        /** @return whether the chair must be present */
        @Value.Parameter
        public abstract boolean isChairPresent();

        /**
         * @param present members present
         * @param members members of the council
         * @return whether enough members are present
         */
        public boolean isMetBy(int present, int members) {
            return (long) present * getDenominator() >= (long) getNumerator() * members;
        }

        /** @return the textual form, {@code N/D} or {@code N/D+chair} */
        @Override
        public String toString() {
            return getNumerator() + "/" + getDenominator() + (isChairPresent() ? "+chair" : "");
        }
    }

    /** @return how members' choices meet a star gate (§3.5 ⚖) */
    @Value.Default
    default GateAggregation getGateAggregation() {
        return GateAggregation.STRICT_MAJORITY;
    }

    /** @return what a knock-out does (§3.6 ⚖) */
    @Value.Default
    default KnockoutSemantics getKnockoutSemantics() {
        return KnockoutSemantics.DISQUALIFY;
    }

    /**
     * @return the largest allowed difference between the highest and the lowest member total; over it the
     *     result is {@code NOT_FINAL} ("needs re-discussion", §3.3); empty when the rule is off
     */
    Optional<Integer> getMaxSpread();

    /** @return the council's quorum rule (§3.3); empty when the rule is off */
    Optional<Quorum> getQuorum();

    /**
     * @return the largest council scored, counted as the larger of the council's members and the member
     *     sheets; a larger one is refused ({@value #DEFAULT_MAX_COUNCIL} by default, ⚖ see
     *     {@link #DEFAULT_MAX_COUNCIL})
     */
    @Value.Default
    default int getMaxCouncil() {
        return DEFAULT_MAX_COUNCIL;
    }

    /** @return whether the engine's explained score computes the way to the next star (§3.7) */
    @Value.Default
    default boolean isComputeNextStar() {
        return true;
    }

    /**
     * Checks the ranges.
     *
     * @throws InvalidPolicyException for a negative spread or a council limit below 1
     */
    @Value.Check
    default void check() {
        if (getMaxSpread().isPresent() && getMaxSpread().get() < 0) {
            throw new InvalidPolicyException("A maximum spread cannot be negative, got " + getMaxSpread().get());
        }
        if (getMaxCouncil() < 1) {
            throw new InvalidPolicyException("The largest council is at least 1 member, got " + getMaxCouncil());
        }
    }

    /** @return the documented defaults of {@code docs/rules.md} §3 (see the type's table) */
    static ScoringPolicy standard() {
        return Holder.STANDARD;
    }

    /**
     * The policy's textual form: every option of the type's table by name, in that order, e.g.
     * {@code {gates=STRICT_MAJORITY, knockouts=DISQUALIFY, maxSpread=off, quorum=3/4+chair, maxCouncil=50,
     * nextStar=true}}. {@code fromOptions(p.toOptions())} equals {@code p}.
     *
     * @return an unmodifiable map in the table's order
     */
    default Map<String, String> toOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(Option.GATES, getGateAggregation().name());
        options.put(Option.KNOCKOUTS, getKnockoutSemantics().name());
        options.put(Option.MAX_SPREAD, getMaxSpread().map(String::valueOf).orElse(Option.OFF));
        options.put(Option.QUORUM, getQuorum().map(Quorum::toString).orElse(Option.OFF));
        options.put(Option.MAX_COUNCIL, String.valueOf(getMaxCouncil()));
        options.put(Option.NEXT_STAR, String.valueOf(isComputeNextStar()));
        return java.util.Collections.unmodifiableMap(options);
    }

    /**
     * Reads a policy from its textual form: the defaults, changed by the options given (any subset of the
     * type's table; enum names are case-insensitive).
     *
     * @param options option names to values
     * @return the policy
     * @throws InvalidPolicyException for an unknown option name or a value the option does not accept
     */
    static ScoringPolicy fromOptions(Map<String, String> options) {
        Objects.requireNonNull(options, "options");
        Builder b = builder();
        for (Map.Entry<String, String> e : options.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "option name");
            String value = e.getValue() == null ? "" : e.getValue().trim();
            switch (key) {
                case Option.GATES -> b.gateAggregation(Option.enumValue(GateAggregation.class, key, value));
                case Option.KNOCKOUTS -> b.knockoutSemantics(Option.enumValue(KnockoutSemantics.class, key, value));
                case Option.MAX_SPREAD -> b.maxSpread(value.equalsIgnoreCase(Option.OFF) ? Optional.empty()
                        : Optional.of(Option.integer(key, value, 0)));
                case Option.QUORUM -> b.quorum(value.equalsIgnoreCase(Option.OFF) ? Optional.empty()
                        : Optional.of(Option.quorum(value)));
                case Option.MAX_COUNCIL -> b.maxCouncil(Option.integer(key, value, 1));
                case Option.NEXT_STAR -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw new InvalidPolicyException("Policy option nextStar is true or false, got '" + value
                                + "'");
                    }
                    b.computeNextStar(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
                }
                default -> throw new InvalidPolicyException("Unknown policy option '" + key + "'; known: "
                        + String.join(", ", Option.NAMES));
            }
        }
        return b.build();
    }

    /** @return a new builder, starting from the defaults */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoringPolicy}. */
    final class Builder extends ImmutableScoringPolicy.Builder {
        /** Creates a builder holding the defaults. */
        public Builder() {}
    }
}
