package org.ocop.scoring;

import org.ocop.core.OcopException;

/**
 * Thrown when an evaluation cannot be scored under a rulebook: a totals-only rulebook asked for
 * criterion-level scores, a choice naming a criterion the sheet does not have or an option past the end,
 * a missing choice, an option whose points the source does not give, an evaluation that names another
 * rulebook, a council larger than the policy allows.
 */
public class ScoringException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what cannot be scored and why
     */
    public ScoringException(String message) {
        super(message);
    }
}
