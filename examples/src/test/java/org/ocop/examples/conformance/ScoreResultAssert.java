package org.ocop.examples.conformance;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ocop.core.StarRating;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;

/**
 * AssertJ assertions for a {@link ScoreResult}, reading like the rules:
 *
 * <pre>{@code
 * assertThat(result).hasStars(3).hasAverage("74.50").failsGate("1.1").meetsAllGatesFor(3);
 * }</pre>
 *
 * <p>Copy this class into a province system's test suite to run the conformance cases against its own
 * implementation (map its result to a {@link ScoreResult} first, or adapt the getters).
 */
public final class ScoreResultAssert extends AbstractAssert<ScoreResultAssert, ScoreResult> {

    private ScoreResultAssert(ScoreResult actual) {
        super(actual, ScoreResultAssert.class);
    }

    /**
     * @param actual the result under test
     * @return the assertion
     */
    public static ScoreResultAssert assertThat(ScoreResult actual) {
        return new ScoreResultAssert(actual);
    }

    /**
     * @param stars the expected final rank, 1 to 5
     * @return this
     */
    public ScoreResultAssert hasStars(int stars) {
        isNotNull();
        if (!actual.getStars().equals(java.util.Optional.of(StarRating.of(stars)))) {
            failWithMessage("Expected %s★ but was %s (%s, average %s, failed gates %s)", stars,
                    actual.getStars().map(StarRating::symbol).orElse("no rank"), actual.getOutcome(),
                    actual.getAverageScore(), codes(actual.failedGates()));
        }
        return this;
    }

    /** @return this, after checking the product is disqualified (no rank at all) */
    public ScoreResultAssert isDisqualified() {
        isNotNull();
        if (actual.getOutcome() != Outcome.DISQUALIFIED || actual.getStars().isPresent()) {
            failWithMessage("Expected a disqualified result without stars but was %s %s", actual.getOutcome(),
                    actual.getStars().map(StarRating::symbol).orElse(""));
        }
        return this;
    }

    /**
     * @param outcome the expected outcome
     * @return this
     */
    public ScoreResultAssert hasOutcome(Outcome outcome) {
        isNotNull();
        if (actual.getOutcome() != outcome) {
            failWithMessage("Expected outcome %s but was %s", outcome, actual.getOutcome());
        }
        return this;
    }

    /**
     * @param average the expected exact average, e.g. {@code "74.5"} (compared by value, so 74.50 = 74.5)
     * @return this
     */
    public ScoreResultAssert hasAverage(String average) {
        isNotNull();
        if (actual.getAverageScore().compareTo(new BigDecimal(average)) != 0) {
            failWithMessage("Expected average %s but was %s", average, actual.getAverageScore().toPlainString());
        }
        return this;
    }

    /**
     * @param stars the expected band, 1 to 5
     * @return this
     */
    public ScoreResultAssert hasBand(int stars) {
        isNotNull();
        if (actual.getBand() != StarRating.of(stars)) {
            failWithMessage("Expected band %s★ but was %s", stars, actual.getBand().symbol());
        }
        return this;
    }

    /**
     * @param criterionCode a criterion code as printed, e.g. {@code "2.3"}
     * @return this, after checking at least one gate on that criterion failed
     */
    public ScoreResultAssert failsGate(String criterionCode) {
        isNotNull();
        if (actual.failedGates().stream().noneMatch(g -> g.getCriterionCode().equals(criterionCode))) {
            failWithMessage("Expected gate %s to fail, but the failed gates were %s", criterionCode,
                    codes(actual.failedGates()));
        }
        return this;
    }

    /**
     * @param criterionCode a criterion code as printed
     * @return this, after checking every gate on that criterion is met
     */
    public ScoreResultAssert meetsGate(String criterionCode) {
        isNotNull();
        if (actual.failedGates().stream().anyMatch(g -> g.getCriterionCode().equals(criterionCode))) {
            failWithMessage("Expected gate %s to be met, but it failed", criterionCode);
        }
        return this;
    }

    /**
     * @param stars a rank
     * @return this, after checking every gate of that rank and below is met
     */
    public ScoreResultAssert meetsAllGatesFor(int stars) {
        isNotNull();
        List<GateCheck> failed = actual.failedGates().stream().filter(g -> g.getStar().stars() <= stars).toList();
        if (!failed.isEmpty()) {
            failWithMessage("Expected every gate up to %s★ to be met, but %s failed", stars, codes(failed));
        }
        return this;
    }

    /** @return this, after checking no gate failed */
    public ScoreResultAssert meetsAllGates() {
        isNotNull();
        if (!actual.failedGates().isEmpty()) {
            failWithMessage("Expected every gate to be met, but %s failed", codes(actual.failedGates()));
        }
        return this;
    }

    /** @return this, after checking the rank can be recognised (3★+, ranked, final) */
    public ScoreResultAssert isRecognisable() {
        isNotNull();
        if (!actual.isRecognisable()) {
            failWithMessage("Expected a recognisable result but was %s %s", actual.getOutcome(),
                    actual.getStars().map(StarRating::symbol).orElse(""));
        }
        return this;
    }

    /** @return this, after checking the result is "5★ potential" (provincial average of 90 or more) */
    public ScoreResultAssert isFiveStarPotential() {
        isNotNull();
        if (!actual.isFiveStarPotential()) {
            failWithMessage("Expected 5★ potential, average was %s", actual.getAverageScore());
        }
        return this;
    }

    /**
     * @param code a criterion or group code, or {@code ""} for a sheet-level disqualifier
     * @return this, after checking a knock-out with that code applies
     */
    public ScoreResultAssert hasKnockout(String code) {
        isNotNull();
        if (actual.getKnockouts().stream().noneMatch(k -> k.getCode().orElse("").equals(code))) {
            failWithMessage("Expected knock-out %s but found %s", code, actual.getKnockouts());
        }
        return this;
    }

    private static String codes(List<GateCheck> gates) {
        return gates.isEmpty() ? "none" : gates.stream().map(g -> g.getCriterionCode() + "(" + g.getStar().symbol() + ")")
                .collect(Collectors.joining(", "));
    }
}
