package org.ocop.core.policy;

import java.util.List;
import java.util.Locale;

/** The option names of {@link ScoringPolicy}'s textual form and the parsing of their values. */
final class Option {

    static final String GATES = "gates";
    static final String KNOCKOUTS = "knockouts";
    static final String MAX_SPREAD = "maxSpread";
    static final String QUORUM = "quorum";
    static final String MAX_COUNCIL = "maxCouncil";
    static final String NEXT_STAR = "nextStar";
    static final String OFF = "off";
    static final List<String> NAMES = List.of(GATES, KNOCKOUTS, MAX_SPREAD, QUORUM, MAX_COUNCIL, NEXT_STAR);

    private Option() {}

    static <E extends Enum<E>> E enumValue(Class<E> type, String key, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new InvalidPolicyException("Policy option " + key + " is one of " + known + ", got '" + value + "'");
    }

    static int integer(String key, String value, int min) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidPolicyException("Policy option " + key + " is a whole number"
                    + (MAX_SPREAD.equals(key) ? " or 'off'" : "") + ", got '" + value + "'");
        }
        if (n < min) {
            throw new InvalidPolicyException("Policy option " + key + " is at least " + min + ", got " + n);
        }
        return n;
    }

    static ScoringPolicy.Quorum quorum(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        boolean chair = v.endsWith("+chair");
        String fraction = chair ? v.substring(0, v.length() - "+chair".length()) : v;
        int slash = fraction.indexOf('/');
        if (slash < 0) {
            throw new InvalidPolicyException("Policy option quorum is 'off', N/D or N/D+chair (e.g. 3/4+chair), got '"
                    + value + "'");
        }
        return ScoringPolicy.Quorum.of(integer(QUORUM, fraction.substring(0, slash).trim(), 0),
                integer(QUORUM, fraction.substring(slash + 1).trim(), 1), chair);
    }
}
