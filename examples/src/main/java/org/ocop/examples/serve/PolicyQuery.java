package org.ocop.examples.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.policy.ScoringPolicy;

/**
 * The {@code ?policy=} query parameters of {@code score} and {@code explain}: the configurable decisions of the
 * rules (docs/rules.md §3, ⚖), written {@code name:value} and separated by commas or by repeating the parameter,
 * e.g. {@code ?policy=gates:ALL_MEMBERS,maxSpread:10}. They become the option map of the scoring policy's one
 * textual form ({@link ScoringPolicy#fromOptions(Map)}: {@code gates}, {@code knockouts}, {@code maxSpread},
 * {@code quorum}, {@code maxCouncil}, {@code nextStar}); without them the engine's documented defaults apply. This is the one place of the service
 * that builds a policy.
 */
final class PolicyQuery {

    private PolicyQuery() {}

    /**
     * @param values the values of every {@code policy} parameter
     * @return the options, by name, in the order given
     * @throws Problem a 400 problem for a value that is not {@code name:value} or repeats a name
     */
    static Map<String, String> options(List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String value : values) {
            for (String pair : value.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    throw Problem.of(Problem.Kind.BAD_REQUEST,
                            "Tham số policy phải có dạng tên:giá trị, nhận được '" + pair + "'.",
                            "A policy parameter is name:value, got '" + pair + "'.");
                }
                String name = pair.substring(0, colon).trim();
                if (options.put(name, pair.substring(colon + 1).trim()) != null) {
                    throw Problem.of(Problem.Kind.BAD_REQUEST, "Tùy chọn policy '" + name + "' được cho hai lần.",
                            "The policy option '" + name + "' is given twice.");
                }
            }
        }
        return options;
    }

    /**
     * @param options the options by name
     * @return the policy: the engine's defaults with these options ({@link ScoringPolicy#fromOptions(Map)})
     * @throws Problem a 400 problem naming an unknown option or a bad value
     */
    static ScoringPolicy policy(Map<String, String> options) {
        if (options.isEmpty()) {
            return ScoringPolicy.standard(); // the common case, without parsing
        }
        try {
            return ScoringPolicy.fromOptions(options);
        } catch (InvalidPolicyException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "Tùy chọn policy không hợp lệ: " + e.getMessage(),
                    "Invalid policy option: " + e.getMessage());
        }
    }
}
