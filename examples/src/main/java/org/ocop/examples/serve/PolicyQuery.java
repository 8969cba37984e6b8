package org.ocop.examples.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocop.scoring.ScoringPolicy;

/**
 * The {@code ?policy=} query parameters of {@code score} and {@code explain}: the configurable decisions of the
 * rules (docs/rules.md §3, ⚖), written {@code name:value} and separated by commas or by repeating the parameter,
 * e.g. {@code ?policy=gates:ALL_MEMBERS,maxSpread:10}. They become the option map of the scoring policy's one
 * textual form; without them the engine's documented defaults apply. This is the one place of the service
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
     * Builds the policy from its options. Until the scoring policy reads its own option map
     * ({@code ScoringPolicy.fromOptions}), the options of today's policy are read here: {@code gates}
     * (STRICT_MAJORITY, ALL_MEMBERS, CONSENSUS_SHEET), {@code knockouts} (DISQUALIFY, ZERO_REMAINING),
     * {@code maxSpread} (points) and {@code nextStar} (true, false).
     *
     * @param options the options by name
     * @return the policy: the engine's defaults with these options
     * @throws Problem a 400 problem naming an unknown option or a bad value
     */
    static ScoringPolicy policy(Map<String, String> options) {
        ScoringPolicy policy = ScoringPolicy.standard();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String value = option.getValue();
            try {
                switch (option.getKey()) {
                    case "gates":
                        policy = policy.withGateAggregation(
                                ScoringPolicy.GateAggregation.valueOf(value.toUpperCase(Locale.ROOT)));
                        break;
                    case "knockouts":
                        policy = policy.withKnockoutSemantics(
                                ScoringPolicy.KnockoutSemantics.valueOf(value.toUpperCase(Locale.ROOT)));
                        break;
                    case "maxSpread":
                        policy = policy.withMaxSpread(Integer.parseInt(value));
                        break;
                    case "nextStar":
                        if (!value.equals("true") && !value.equals("false")) {
                            throw new IllegalArgumentException("true or false expected");
                        }
                        policy = policy.withNextStar(Boolean.parseBoolean(value));
                        break;
                    default:
                        throw Problem.of(Problem.Kind.BAD_REQUEST, "Không có tùy chọn policy '" + option.getKey()
                                + "'; có: gates, knockouts, maxSpread, nextStar.", "There is no policy option '"
                                + option.getKey() + "'; known: gates, knockouts, maxSpread, nextStar.");
                }
            } catch (IllegalArgumentException e) {
                throw Problem.of(Problem.Kind.BAD_REQUEST, "Giá trị không hợp lệ cho tùy chọn policy '"
                        + option.getKey() + "': '" + value + "'.", "Bad value for the policy option '"
                        + option.getKey() + "': '" + value + "'.");
            }
        }
        return policy;
    }
}
