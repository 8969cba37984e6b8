package org.ocop.core.rules;

import org.ocop.core.OcopException;

/**
 * Thrown when a rulebook's legal parameter is needed but the rulebook states none for the day, states it as
 * unknown, or states a value of the wrong kind; the message names the rulebook, the parameter and the day.
 */
public class ParameterException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for a person
     */
    public ParameterException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public ParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
