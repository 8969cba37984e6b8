package org.ocop.test.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;

/**
 * Runs the OCOP conformance cases against a scoring implementation, as JUnit 5 dynamic tests:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> conformance() {
 *     return ConformanceSuite.using((rulebook, policy, evaluation) -> myScorer.score(rulebook, policy, evaluation))
 *             .tests();
 * }
 * }</pre>
 *
 * <p>One test per case, named after it. A failing test names the case, the rulebook and sheet, every fact
 * that differs (expected and actual) and the case's {@code why}. A system without ocop-core's result type
 * uses {@link #usingNeutral(NeutralScorer)}: only the rank, the exact average, the outcome and the failed gates
 * are checked.
 */
public final class ConformanceSuite {

    private final Scorer scorer;
    private final NeutralScorer neutral;
    private final CaseReader reader;
    private final Predicate<ConformanceCase> filter;

    private ConformanceSuite(Scorer scorer, NeutralScorer neutral, CaseReader reader, Predicate<ConformanceCase> filter) {
        this.scorer = scorer;
        this.neutral = neutral;
        this.reader = reader;
        this.filter = filter;
    }

    /**
     * @param scorer the implementation under test, reporting a {@link ScoreResult}
     * @return the suite of the shipped cases against it
     */
    public static ConformanceSuite using(Scorer scorer) {
        return new ConformanceSuite(Objects.requireNonNull(scorer, "scorer"), null, CaseReader.standard(), c -> true);
    }

    /**
     * @param scorer the implementation under test, reporting the neutral facts
     * @return the suite of the shipped cases against it
     */
    public static ConformanceSuite usingNeutral(NeutralScorer scorer) {
        return new ConformanceSuite(null, Objects.requireNonNull(scorer, "scorer"), CaseReader.standard(), c -> true);
    }

    /**
     * @param filter which cases to run, e.g. {@code c -> c.getRulebookId().equals("QD-26-2026")}
     * @return a suite running only those cases
     */
    public ConformanceSuite filter(Predicate<ConformanceCase> filter) {
        Objects.requireNonNull(filter, "filter");
        return new ConformanceSuite(scorer, neutral, reader, this.filter.and(filter));
    }

    /**
     * @param reader the reader to use, e.g. {@link CaseReader#withRulebooks} with a team's draft rulebook
     * @return a suite reading the cases with it
     */
    public ConformanceSuite withReader(CaseReader reader) {
        return new ConformanceSuite(scorer, neutral, Objects.requireNonNull(reader, "reader"), filter);
    }

    /** @return the shipped cases this suite runs, in name order */
    public List<ConformanceCase> getCases() {
        return reader.getShippedCases().stream().filter(filter).toList();
    }

    /** @return one dynamic test per case, named after it */
    public Stream<DynamicTest> toDynamicTests() {
        return getCases().stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> verify(c)));
    }

    /**
     * @param c a case
     * @throws AssertionFailedError naming the case and every difference, when the implementation disagrees
     */
    public void verify(ConformanceCase c) {
        List<String> d = differences(c);
        if (!d.isEmpty()) {
            throw new AssertionFailedError(message(c, d));
        }
    }

    /**
     * Scores a case with the implementation and compares.
     *
     * @param c a case
     * @return every fact the implementation gets wrong (empty when it conforms); an exception thrown by the
     *     implementation is one difference
     */
    public List<String> differences(ConformanceCase c) {
        Rulebook rulebook = reader.rulebook(c.getRulebookId());
        Evaluation evaluation = c.toEvaluation();
        try {
            if (scorer != null) {
                ScoreResult r = scorer.score(rulebook, c.getPolicy(), evaluation);
                List<String> d = new ArrayList<>();
                if (!r.getRulebookId().equals(c.getRulebookId())) {
                    d.add("rulebook: expected " + c.getRulebookId() + " but was " + r.getRulebookId());
                }
                d.addAll(c.getExpectation().differences(r));
                return d;
            }
            return c.getExpectation().differences(neutral.score(rulebook, c.getPolicy(), evaluation));
        } catch (RuntimeException e) {
            return List.of("the implementation threw " + e);
        }
    }

    /**
     * @param c a case
     * @param differences what differs
     * @return the failure message: the case, its rulebook and sheet, the differences and why
     */
    static String message(ConformanceCase c, List<String> differences) {
        StringBuilder m = new StringBuilder("Conformance case ").append(c.getName()).append(" (").append(c.getRulebookId())
                .append(" sheet ").append(c.getSheetNumber()).append("):");
        differences.forEach(d -> m.append("\n  ").append(d));
        return m.append("\n  why: ").append(c.getWhy()).toString();
    }
}
