package org.ocop.core.policy;

import org.ocop.core.OcopException;

/**
 * Thrown when a {@link ScoringPolicy} option is unknown or has a value out of its range, e.g. a negative
 * maximum spread, a quorum above 1, or an option name {@link ScoringPolicy#fromOptions} does not know.
 */
public class InvalidPolicyException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the option, its value and what is allowed
     */
    public InvalidPolicyException(String message) {
        super(message);
    }
}
