package org.ocop.test.conformance;

import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.policy.ScoringPolicy;

/**
 * The implementation under test, for a system with its own result type: maps it to a {@link NeutralResult}
 * (rank, exact average, outcome, failed gates). Only those facts of each case are checked.
 */
@FunctionalInterface
public interface NeutralScorer {

    /**
     * @param rulebook the rulebook the case names
     * @param policy the case's decisions where the rules leave a choice
     * @param evaluation the council's filled sheets and findings
     * @return the facts the case checks
     */
    NeutralResult score(Rulebook rulebook, ScoringPolicy policy, Evaluation evaluation);
}
