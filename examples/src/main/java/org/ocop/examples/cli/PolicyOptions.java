package org.ocop.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.policy.ScoringPolicy;
import picocli.CommandLine.Option;

/**
 * The configurable decisions of the rules ({@code docs/rules.md} §3, ⚖), as options of {@code score},
 * {@code explain} and {@code demo}; without them the engine's documented defaults apply. Each option is the
 * policy option of the same name and goes through the policy's one textual form,
 * {@link ScoringPolicy#fromOptions(Map)}.
 */
final class PolicyOptions {

    @Option(names = "--gates", paramLabel = "RULE",
            description = "How members' choices meet a star gate: STRICT_MAJORITY (default), ALL_MEMBERS, CONSENSUS_SHEET.")
    private Optional<String> gates;

    @Option(names = "--knockouts", paramLabel = "EFFECT",
            description = "What a knock-out does: DISQUALIFY (default) or ZERO_REMAINING.")
    private Optional<String> knockouts;

    @Option(names = "--max-spread", paramLabel = "POINTS",
            description = "A council rule: members' totals further apart than this make the result not final.")
    private Optional<String> maxSpread;

    @Option(names = "--quorum", paramLabel = "RULE",
            description = "A council rule: the members present needed for a final result (policy option quorum, "
                    + "e.g. 3/4+chair), or off (default).")
    private Optional<String> quorum;

    @Option(names = "--max-council", paramLabel = "N",
            description = "The largest council scored (policy option maxCouncil; default: the policy's).")
    private Optional<String> maxCouncil;

    /**
     * The one place where options become a policy.
     *
     * @return the policy: the engine's defaults with the options given
     * @throws InvalidInputException (exit status 2) naming the option if a value is not accepted
     */
    ScoringPolicy policy() {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> flags = new LinkedHashMap<>();
        put(options, flags, "gates", "--gates", gates);
        put(options, flags, "knockouts", "--knockouts", knockouts);
        put(options, flags, "maxSpread", "--max-spread", maxSpread);
        put(options, flags, "quorum", "--quorum", quorum);
        put(options, flags, "maxCouncil", "--max-council", maxCouncil);
        try {
            return ScoringPolicy.fromOptions(options);
        } catch (InvalidPolicyException e) {
            String flag = flags.entrySet().stream().filter(f -> String.valueOf(e.getMessage()).contains(f.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("policy option");
            throw new InvalidInputException(flag, String.valueOf(e.getMessage()));
        }
    }

    private static void put(Map<String, String> options, Map<String, String> flags, String key, String flag,
            Optional<String> value) {
        value.ifPresent(v -> {
            options.put(key, v);
            flags.put(key, flag);
        });
    }
}
