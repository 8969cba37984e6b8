package org.ocop.test.conformance;

import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.policy.ScoringPolicy;

/**
 * The implementation under test, for a system that reports ocop-core's {@link ScoreResult}: scores an
 * evaluation under a rulebook with the case's policy. ocop-java's own engine is
 * {@code (rulebook, policy, evaluation) -> ScoringEngine.with(policy).score(rulebook, evaluation)}.
 */
@FunctionalInterface
public interface Scorer {

    /**
     * @param rulebook the rulebook the case names
     * @param policy the case's decisions where the rules leave a choice (the standard policy unless the case
     *     says otherwise)
     * @param evaluation the council's filled sheets and findings
     * @return the result
     */
    ScoreResult score(Rulebook rulebook, ScoringPolicy policy, Evaluation evaluation);
}
