package org.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Every decision (⚖) of {@code ocop-rules.md} §3 that the sources leave open, as one immutable value passed to
 * the {@link ScoringEngine}. {@link #standard()} holds the documented defaults; the {@code with…} methods
 * return changed copies. Instances are immutable and thread-safe.
 *
 * <table>
 *   <caption>Policies and defaults</caption>
 *   <tr><th>Policy</th><th>Default</th><th>Source</th></tr>
 *   <tr><td>{@link #gateAggregation()}</td><td>{@link GateAggregation#STRICT_MAJORITY}</td><td>§3.5 ⚖</td></tr>
 *   <tr><td>{@link #knockoutSemantics()}</td><td>{@link KnockoutSemantics#DISQUALIFY}</td><td>§3.6 ⚖</td></tr>
 *   <tr><td>{@link #maxSpread()}</td><td>none (off)</td><td>§3.3, province council regulations</td></tr>
 *   <tr><td>{@link #quorum()}</td><td>none (off)</td><td>§3.3, province council regulations</td></tr>
 *   <tr><td>{@link #displayScale()} / {@link #displayRounding()}</td><td>2, {@code HALF_UP}</td><td>§3.3 ⚖</td></tr>
 *   <tr><td>{@link #computeNextStar()}</td><td>true</td><td>§3.7</td></tr>
 * </table>
 */
public final class ScoringPolicy {

    /**
     * How the members' choices decide whether a star gate is met when a council has several members
     * ({@code ocop-rules.md} §3.5 ⚖; no decision says).
     */
    public enum GateAggregation {
        /** Met when strictly more than half of the members who filled a sheet reach the gated option (default). */
        STRICT_MAJORITY,
        /** Met only when every member reaches the gated option. */
        ALL_MEMBERS,
        /**
         * Met when the council's separate consensus sheet ({@code Evaluation.getConsensus()}) reaches the
         * gated option; scoring an evaluation without a consensus sheet under this policy is a
         * {@link ScoringException}. Points and bands still come from the members' sheets (§3.3).
         */
        CONSENSUS_SHEET
    }

    /**
     * What a knock-out found by the council does ({@code ocop-rules.md} §3.6 ⚖; the decisions say "bị loại"
     * or "không đánh giá các bước tiếp theo" without defining the consequence for the score).
     */
    public enum KnockoutSemantics {
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
     * A quorum rule of a council regulation ({@code ocop-rules.md} §3.3, e.g. "at least 3/4 of members, chair
     * present"): met when {@code present × denominator ≥ numerator × members}.
     *
     * @param numerator the fraction's numerator, at least 0
     * @param denominator the fraction's denominator, positive, at least the numerator
     * @param chairPresent whether the chair must be present
     */
    public record Quorum(int numerator, int denominator, boolean chairPresent) {
        /** Checks the fraction. */
        public Quorum {
            if (denominator <= 0 || numerator < 0 || numerator > denominator) {
                throw new IllegalArgumentException("A quorum is a fraction from 0 to 1, got " + numerator + "/" + denominator);
            }
        }

        /**
         * @param present members present
         * @param members members of the council
         * @return whether enough members are present
         */
        public boolean isMetBy(int present, int members) {
            return (long) present * denominator >= (long) numerator * members;
        }
    }

    private static final ScoringPolicy STANDARD = new ScoringPolicy(GateAggregation.STRICT_MAJORITY,
            KnockoutSemantics.DISQUALIFY, null, null, 2, RoundingMode.HALF_UP, true);

    private final GateAggregation gateAggregation;
    private final KnockoutSemantics knockoutSemantics;
    private final Integer maxSpread;
    private final Quorum quorum;
    private final int displayScale;
    private final RoundingMode displayRounding;
    private final boolean computeNextStar;

    private ScoringPolicy(GateAggregation gateAggregation, KnockoutSemantics knockoutSemantics, Integer maxSpread,
            Quorum quorum, int displayScale, RoundingMode displayRounding, boolean computeNextStar) {
        this.gateAggregation = Objects.requireNonNull(gateAggregation, "gateAggregation");
        this.knockoutSemantics = Objects.requireNonNull(knockoutSemantics, "knockoutSemantics");
        this.maxSpread = maxSpread;
        this.quorum = quorum;
        this.displayScale = displayScale;
        this.displayRounding = Objects.requireNonNull(displayRounding, "displayRounding");
        this.computeNextStar = computeNextStar;
    }

    /** @return the documented defaults of {@code ocop-rules.md} §3 (see the type's table) */
    public static ScoringPolicy standard() {
        return STANDARD;
    }

    /** @return how members' choices meet a star gate (§3.5 ⚖) */
    public GateAggregation gateAggregation() {
        return gateAggregation;
    }

    /** @return what a knock-out does (§3.6 ⚖) */
    public KnockoutSemantics knockoutSemantics() {
        return knockoutSemantics;
    }

    /**
     * @return the largest allowed difference between the highest and the lowest member total; over it the
     *     result is {@code NOT_FINAL} ("needs re-discussion", §3.3); empty when the rule is off
     */
    public Optional<Integer> maxSpread() {
        return Optional.ofNullable(maxSpread);
    }

    /** @return the council's quorum rule (§3.3); empty when the rule is off */
    public Optional<Quorum> quorum() {
        return Optional.ofNullable(quorum);
    }

    /** @return the number of decimals {@link #display(BigDecimal)} shows (§3.3 ⚖: 2) */
    public int displayScale() {
        return displayScale;
    }

    /** @return the rounding {@link #display(BigDecimal)} uses (§3.3 ⚖: {@code HALF_UP}) */
    public RoundingMode displayRounding() {
        return displayRounding;
    }

    /** @return whether the engine computes the way to the next star (§3.7) */
    public boolean computeNextStar() {
        return computeNextStar;
    }

    /**
     * Rounds an exact score for display only ({@code ocop-rules.md} §3.3 ⚖: no rounding before banding,
     * display with two decimals). Never band a displayed value.
     *
     * @param exact an exact score, e.g. {@code ScoreResult.getAverageScore()}
     * @return the value at {@link #displayScale()} decimals, rounded with {@link #displayRounding()}
     */
    public BigDecimal display(BigDecimal exact) {
        return Objects.requireNonNull(exact, "exact").setScale(displayScale, displayRounding);
    }

    /**
     * @param aggregation how gates are met with several members
     * @return a copy with that gate aggregation
     */
    public ScoringPolicy withGateAggregation(GateAggregation aggregation) {
        return new ScoringPolicy(aggregation, knockoutSemantics, maxSpread, quorum, displayScale, displayRounding,
                computeNextStar);
    }

    /**
     * @param semantics what a knock-out does
     * @return a copy with those knock-out semantics
     */
    public ScoringPolicy withKnockoutSemantics(KnockoutSemantics semantics) {
        return new ScoringPolicy(gateAggregation, semantics, maxSpread, quorum, displayScale, displayRounding,
                computeNextStar);
    }

    /**
     * @param points the largest allowed spread between member totals (one province used 10), at least 0
     * @return a copy with the spread rule on
     */
    public ScoringPolicy withMaxSpread(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("A maximum spread cannot be negative, got " + points);
        }
        return new ScoringPolicy(gateAggregation, knockoutSemantics, points, quorum, displayScale, displayRounding,
                computeNextStar);
    }

    /** @return a copy with the spread rule off */
    public ScoringPolicy withoutMaxSpread() {
        return new ScoringPolicy(gateAggregation, knockoutSemantics, null, quorum, displayScale, displayRounding,
                computeNextStar);
    }

    /**
     * @param numerator e.g. 3 for "3/4 of members"
     * @param denominator e.g. 4
     * @param chairPresent whether the chair must be present
     * @return a copy with the quorum rule on
     */
    public ScoringPolicy withQuorum(int numerator, int denominator, boolean chairPresent) {
        return new ScoringPolicy(gateAggregation, knockoutSemantics, maxSpread,
                new Quorum(numerator, denominator, chairPresent), displayScale, displayRounding, computeNextStar);
    }

    /** @return a copy with the quorum rule off */
    public ScoringPolicy withoutQuorum() {
        return new ScoringPolicy(gateAggregation, knockoutSemantics, maxSpread, null, displayScale, displayRounding,
                computeNextStar);
    }

    /**
     * @param scale decimals shown, 0 to 10
     * @param rounding rounding used for display
     * @return a copy with that display rounding
     */
    public ScoringPolicy withDisplay(int scale, RoundingMode rounding) {
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("A display scale is 0 to 10, got " + scale);
        }
        return new ScoringPolicy(gateAggregation, knockoutSemantics, maxSpread, quorum, scale, rounding,
                computeNextStar);
    }

    /**
     * @param compute whether to compute next-star advice
     * @return a copy with that choice
     */
    public ScoringPolicy withNextStar(boolean compute) {
        return new ScoringPolicy(gateAggregation, knockoutSemantics, maxSpread, quorum, displayScale, displayRounding,
                compute);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringPolicy p && gateAggregation == p.gateAggregation
                && knockoutSemantics == p.knockoutSemantics && Objects.equals(maxSpread, p.maxSpread)
                && Objects.equals(quorum, p.quorum) && displayScale == p.displayScale
                && displayRounding == p.displayRounding && computeNextStar == p.computeNextStar;
    }

    @Override
    public int hashCode() {
        return Objects.hash(gateAggregation, knockoutSemantics, maxSpread, quorum, displayScale, displayRounding,
                computeNextStar);
    }

    @Override
    public String toString() {
        return "ScoringPolicy[gates=" + gateAggregation + ", knockouts=" + knockoutSemantics + ", maxSpread="
                + maxSpread + ", quorum=" + quorum + ", display=" + displayScale + "/" + displayRounding
                + ", nextStar=" + computeNextStar + "]";
    }
}
