package org.ocop.test.conformance;

import org.immutables.value.Value;
import org.ocop.core.OcopStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ocop.core.result.Outcome;

/**
 * The few facts a conformance case checks, for a scoring system that does not use ocop-core's
 * {@link org.ocop.core.result.ScoreResult}: the rank, the exact average as a fraction, the outcome and the
 * criteria whose star gates failed.
 */
@OcopStyle
@Value.Immutable
public abstract class NeutralResult {

    NeutralResult() {}

    /**
     * @param stars the final rank, 1 to 5, or empty when there is none (disqualified)
     * @param average the exact average of the members' totals
     * @param outcome ranked, disqualified or not final
     * @param failedGates the codes of the criteria with a failed star gate (each once)
     * @return the value
     */
    public static NeutralResult of(Optional<Integer> stars, ExactAverage average, Outcome outcome,
            Set<String> failedGates) {
        stars.filter(s -> s < 1 || s > 5).ifPresent(s -> {
            throw new IllegalArgumentException("A rank is 1 to 5, got " + s);
        });
        return ImmutableNeutralResult.of(stars, average, outcome, failedGates);
    }

    /** @return the final rank, 1 to 5, or empty when there is none (disqualified) */
    @Value.Parameter
    public abstract Optional<Integer> getStars();

    /** @return the exact average of the members' totals */
    @Value.Parameter
    public abstract ExactAverage getAverage();

    /** @return ranked, disqualified or not final */
    @Value.Parameter
    public abstract Outcome getOutcome();

    /** @return the codes of the criteria with a failed star gate (each once) */
    @Value.Parameter
    public abstract Set<String> getFailedGates();

    /**
     * @param stars the final rank, 1 to 5, or 0 when there is none
     * @param sumOfTotals the sum of the members' totals
     * @param members the number of members
     * @param outcome the outcome
     * @param failedGates the criteria with a failed gate
     * @return the result
     */
    public static NeutralResult of(int stars, long sumOfTotals, int members, Outcome outcome,
            List<String> failedGates) {
        return NeutralResult.of(stars == 0 ? Optional.empty() : Optional.of(stars), ExactAverage.of(sumOfTotals, members),
                outcome, new TreeSet<>(failedGates));
    }
}
