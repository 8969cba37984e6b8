package org.ocop.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocop.scoring.ScoringEngine;
import org.ocop.test.conformance.ConformanceSuite;

/**
 * The library's own golden tests: every shipped conformance case against ocop-java's engine. (They live here,
 * not in ocop-scoring, because the kit depends on ocop-scoring: see the module's pom.)
 */
class EngineConformanceTest {

    @TestFactory
    Stream<DynamicTest> engineConformsToEveryCase() {
        return ConformanceSuite.using((rulebook, policy, evaluation) -> ScoringEngine.with(policy).score(rulebook, evaluation))
                .toDynamicTests();
    }

    @Test
    void theSuiteHoldsAtLeastAHundredCases() {
        assertThat(ConformanceSuite.using((rulebook, policy, evaluation) -> null).getCases()).hasSizeGreaterThanOrEqualTo(100);
    }
}
