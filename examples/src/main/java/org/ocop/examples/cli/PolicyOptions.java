package org.ocop.examples.cli;

import java.util.Optional;
import org.ocop.core.policy.ScoringPolicy;
import picocli.CommandLine.Option;

/**
 * The configurable decisions of the rules ({@code docs/rules.md} §3, ⚖), as options of {@code score},
 * {@code explain} and {@code demo}; without them the engine's documented defaults apply.
 */
final class PolicyOptions {

    @Option(names = "--gates", paramLabel = "RULE",
            description = "How members' choices meet a star gate: STRICT_MAJORITY (default), ALL_MEMBERS, CONSENSUS_SHEET.")
    private Optional<ScoringPolicy.GateAggregation> gates;

    @Option(names = "--knockouts", paramLabel = "EFFECT",
            description = "What a knock-out does: DISQUALIFY (default) or ZERO_REMAINING.")
    private Optional<ScoringPolicy.KnockoutSemantics> knockouts;

    @Option(names = "--max-spread", paramLabel = "POINTS",
            description = "A council rule: members' totals further apart than this make the result not final.")
    private Optional<Integer> maxSpread;

    /**
     * The one place where options become a policy (the library's textual form of a policy can take its place).
     *
     * @return the policy: the engine's defaults with the options given
     * @throws InvalidInputException (exit status 2) if a value is out of range, e.g. a negative spread
     */
    ScoringPolicy policy() {
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--max-spread", String.valueOf(e.getMessage()));
        }
    }

    private ScoringPolicy build() {
        ScoringPolicy policy = ScoringPolicy.standard();
        if (gates.isPresent()) {
            policy = ScoringPolicy.builder().from(policy).gateAggregation(gates.get()).build();
        }
        if (knockouts.isPresent()) {
            policy = ScoringPolicy.builder().from(policy).knockoutSemantics(knockouts.get()).build();
        }
        if (maxSpread.isPresent()) {
            policy = ScoringPolicy.builder().from(policy).maxSpread(maxSpread.get()).build();
        }
        return policy;
    }
}
