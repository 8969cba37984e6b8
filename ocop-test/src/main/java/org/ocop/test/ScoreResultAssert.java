package org.ocop.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ScoreResult;
import org.ocop.test.conformance.ExactAverage;
import org.ocop.test.conformance.Expectation;

/**
 * AssertJ assertions for a {@link ScoreResult}, reading like the rules (start from
 * {@link OcopAssertions#assertThat(ScoreResult)}):
 *
 * <pre>{@code
 * assertThat(result).hasStars(3).hasAverage("74.50").failsGate("1.1").meetsAllGatesFor(3);
 * assertThat(result).hasAverage("269/3").hasBand(4);          // exact: a non-terminating average as a fraction
 * assertThat(result).meets(conformanceCase.expectation());   // every fact of a conformance case
 * }</pre>
 */
public final class ScoreResultAssert extends AbstractAssert<ScoreResultAssert, ScoreResult> {

    private ScoreResultAssert(ScoreResult actual) {
        super(actual, ScoreResultAssert.class);
    }

    /**
     * @param actual the result under test
     * @return the assertion
     */
    static ScoreResultAssert assertThat(ScoreResult actual) {
        return new ScoreResultAssert(actual);
    }

    /**
     * @param expectation a conformance case's expectation
     * @return this, after checking every fact it expects (the message lists each difference)
     */
    public ScoreResultAssert meets(Expectation expectation) {
        isNotNull();
        List<String> d = expectation.differences(actual);
        if (!d.isEmpty()) {
            failWithMessage("%s", "Expected the result to meet the expectation, but:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", d));
        }
        return this;
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
                    actual.getAverageScore(), codes(actual.getFailedGates()));
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
     * @param average the expected exact average: a decimal, e.g. {@code "74.5"} (compared by value, so 74.50 =
     *     74.5), or a fraction, e.g. {@code "269/3"} (see {@link ExactAverage#matches(BigDecimal)})
     * @return this
     */
    public ScoreResultAssert hasAverage(String average) {
        isNotNull();
        ExactAverage expected = ExactAverage.parse(average);
        if (!expected.matches(actual.getAverageScore())) {
            failWithMessage("Expected average %s but was %s", expected, actual.getAverageScore().toPlainString());
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
        if (actual.getFailedGates().stream().noneMatch(g -> g.getCriterionCode().equals(criterionCode))) {
            failWithMessage("Expected gate %s to fail, but the failed gates were %s", criterionCode,
                    codes(actual.getFailedGates()));
        }
        return this;
    }

    /**
     * @param criterionCode a criterion code as printed
     * @return this, after checking every gate on that criterion is met
     */
    public ScoreResultAssert meetsGate(String criterionCode) {
        isNotNull();
        if (actual.getFailedGates().stream().anyMatch(g -> g.getCriterionCode().equals(criterionCode))) {
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
        List<GateCheck> failed = actual.getFailedGates().stream().filter(g -> g.getStar().stars() <= stars).toList();
        if (!failed.isEmpty()) {
            failWithMessage("Expected every gate up to %s★ to be met, but %s failed", stars, codes(failed));
        }
        return this;
    }

    /** @return this, after checking no gate failed */
    public ScoreResultAssert meetsAllGates() {
        isNotNull();
        if (!actual.getFailedGates().isEmpty()) {
            failWithMessage("Expected every gate to be met, but %s failed", codes(actual.getFailedGates()));
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

    /**
     * @param criterionCodes every criterion with a failed gate, in any order (each code once)
     * @return this
     */
    public ScoreResultAssert hasFailedGatesExactly(List<String> criterionCodes) {
        isNotNull();
        List<String> actualCodes = actual.getFailedGates().stream().map(GateCheck::getCriterionCode).distinct().sorted().toList();
        if (!actualCodes.equals(criterionCodes.stream().sorted().toList())) {
            failWithMessage("Expected failed gates %s but were %s", criterionCodes, actualCodes);
        }
        return this;
    }

    /**
     * @param recognisable whether the rank can be recognised
     * @return this
     */
    public ScoreResultAssert hasRecognisable(boolean recognisable) {
        isNotNull();
        if (actual.isRecognisable() != recognisable) {
            failWithMessage("Expected recognisable=%s but was %s", recognisable, actual.isRecognisable());
        }
        return this;
    }

    /**
     * @param level the level expected to recognise the rank
     * @return this
     */
    public ScoreResultAssert isRecognisedBy(AuthorityLevel level) {
        isNotNull();
        if (!actual.getRecognitionLevel().equals(java.util.Optional.of(level))) {
            failWithMessage("Expected recognition by %s but was %s", level, actual.getRecognitionLevel());
        }
        return this;
    }

    /**
     * @param potential whether the result is "5★ potential"
     * @return this
     */
    public ScoreResultAssert hasFiveStarPotential(boolean potential) {
        isNotNull();
        if (actual.isFiveStarPotential() != potential) {
            failWithMessage("Expected 5★ potential=%s, average was %s", potential, actual.getAverageScore());
        }
        return this;
    }

    /**
     * @param text a text one of the warnings contains
     * @return this
     */
    public ScoreResultAssert hasWarningContaining(String text) {
        isNotNull();
        List<String> texts = Expectation.warningTexts(actual);
        if (texts.stream().noneMatch(w -> w.contains(text))) {
            failWithMessage("Expected a warning containing '%s' but the warnings were %s", text, texts);
        }
        return this;
    }

    /**
     * @param totals each member's expected total, in the evaluation's order
     * @return this
     */
    public ScoreResultAssert hasMemberTotals(List<Integer> totals) {
        isNotNull();
        List<Integer> actualTotals = actual.getMemberTotals().stream().map(MemberTotal::getTotal).toList();
        if (!actualTotals.equals(totals)) {
            failWithMessage("Expected member totals %s but were %s", totals, actualTotals);
        }
        return this;
    }

    /**
     * @param target the rank the advice aims at
     * @param lacking the points lacking for its band, or null not to check
     * @param failingGates the criteria whose gates for the target fail, or null not to check
     * @param steps the number of plan steps, or null not to check
     * @return this
     */
    public ScoreResultAssert hasNextStar(int target, String lacking, List<String> failingGates, Integer steps) {
        isNotNull();
        if (actual.getNextStar().isEmpty()) {
            failWithMessage("Expected advice for %s★ but there is none", target);
        }
        NextStarAdvice a = actual.getNextStar().get();
        if (a.getTarget() != StarRating.of(target)) {
            failWithMessage("Expected advice for %s★ but it aims at %s", target, a.getTarget().symbol());
        }
        if (lacking != null && !ExactAverage.parse(lacking).matches(a.getPointsLacking())) {
            failWithMessage("Expected %s points lacking but were %s", lacking, a.getPointsLacking());
        }
        if (failingGates != null && !a.getFailingGates().stream().sorted().toList()
                .equals(failingGates.stream().sorted().toList())) {
            failWithMessage("Expected failing gates %s but were %s", failingGates, a.getFailingGates());
        }
        if (steps != null && a.getPlan().size() != steps) {
            failWithMessage("Expected a plan of %s steps but it has %s: %s", steps, a.getPlan().size(), a.getPlan());
        }
        return this;
    }

    /**
     * @param index the step's position in the plan
     * @param criterionCode the criterion to raise
     * @param from the option chosen now
     * @param to the option to reach
     * @param gain the points the average gains, e.g. {@code "2"}
     * @return this
     */
    public ScoreResultAssert hasPlanStep(int index, String criterionCode, int from, int to, String gain) {
        isNotNull();
        List<PlanStep> plan = actual.getNextStar().map(NextStarAdvice::getPlan).orElse(List.of());
        if (index >= plan.size()) {
            failWithMessage("Expected a plan step %s but the plan is %s", index, plan);
        }
        PlanStep s = plan.get(index);
        if (!s.getCriterionCode().equals(criterionCode) || s.getFromOption() != from || s.getToOption() != to
                || !ExactAverage.parse(gain).matches(s.getPointsGained())) {
            failWithMessage("Expected step %s to raise %s from option %s to %s (+%s) but it was %s", index,
                    criterionCode, from, to, gain, s);
        }
        return this;
    }

    /** @return this, after checking there is no next-star advice */
    public ScoreResultAssert hasNoNextStar() {
        isNotNull();
        if (actual.getNextStar().isPresent()) {
            failWithMessage("Expected no next-star advice but got %s", actual.getNextStar().get());
        }
        return this;
    }

    private static String codes(List<GateCheck> gates) {
        return gates.isEmpty() ? "none" : gates.stream().map(g -> g.getCriterionCode() + "(" + g.getStar().symbol() + ")")
                .collect(Collectors.joining(", "));
    }
}
