package org.ocop.scoring;

import org.ocop.core.StarRating;
import org.ocop.core.policy.ScoringPolicy;

/**
 * The two gate rules ({@code docs/rules.md} §3.5 ⚖), written once for the explained and the lean path: when a
 * gate is met by a council, and which rank a failed gate leaves.
 */
final class Gates {

    private Gates() {}

    /**
     * @param aggregation the policy's aggregation over members (not {@code CONSENSUS_SHEET}, which reads one
     *     sheet)
     * @param reached members at or above the gated option
     * @param members members who filled a sheet
     * @return whether the gate is met
     */
    static boolean met(ScoringPolicy.GateAggregation aggregation, int reached, int members) {
        return aggregation == ScoringPolicy.GateAggregation.ALL_MEMBERS ? reached == members : 2 * reached > members;
    }

    /**
     * Gates are cumulative: failing a gate of rank r caps the rank just below r (failing a 3★ gate caps at
     * 2★).
     *
     * @param lowestFailed the lowest rank with a failed gate, or null when every gate is met
     * @return the highest rank whose gates are all met
     */
    static StarRating rankBelow(StarRating lowestFailed) {
        return lowestFailed == null ? StarRating.FIVE : StarRating.of(Math.max(1, lowestFailed.stars() - 1));
    }
}
