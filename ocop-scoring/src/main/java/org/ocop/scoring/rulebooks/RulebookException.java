package org.ocop.scoring.rulebooks;

import org.ocop.core.OcopException;

/**
 * Thrown by {@link RulebookCatalogue} when it cannot give a rulebook: no rulebook in force on a day, an
 * evaluation naming an unknown rulebook, a user rulebook claiming to be official, a shipped resource missing or
 * unreadable. The message names the rulebook ids and days involved.
 */
public class RulebookException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for a person
     */
    public RulebookException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public RulebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
