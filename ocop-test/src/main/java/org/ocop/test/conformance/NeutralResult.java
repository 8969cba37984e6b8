package org.ocop.test.conformance;

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
 *
 * @param stars the final rank, 1 to 5, or empty when there is none (disqualified)
 * @param average the exact average of the members' totals
 * @param outcome ranked, disqualified or not final
 * @param failedGates the codes of the criteria with a failed star gate (each once)
 */
public record NeutralResult(Optional<Integer> stars, ExactAverage average, Outcome outcome, Set<String> failedGates) {

    /**
     * Checks and copies the values.
     *
     * @param stars the final rank, 1 to 5, or empty
     * @param average the exact average
     * @param outcome the outcome
     * @param failedGates the criteria with a failed gate
     * @throws NullPointerException naming the missing value
     * @throws IllegalArgumentException when the rank is not 1 to 5
     */
    public NeutralResult {
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(outcome, "outcome");
        failedGates = Set.copyOf(Objects.requireNonNull(failedGates, "failedGates"));
        stars.filter(s -> s < 1 || s > 5).ifPresent(s -> {
            throw new IllegalArgumentException("A rank is 1 to 5, got " + s);
        });
    }

    /**
     * @param stars the final rank, 1 to 5, or 0 when there is none
     * @param sumOfTotals the sum of the members' totals
     * @param members the number of members
     * @param outcome the outcome
     * @param failedGates the criteria with a failed gate
     * @return the result
     */
    public static NeutralResult of(int stars, long sumOfTotals, int members, Outcome outcome, List<String> failedGates) {
        return new NeutralResult(stars == 0 ? Optional.empty() : Optional.of(stars), ExactAverage.of(sumOfTotals, members),
                outcome, new TreeSet<>(failedGates));
    }
}
