package org.ocop.scoring;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ocop.core.OcopException;

/**
 * Thrown when an evaluation cannot be scored under a rulebook: a totals-only rulebook asked for
 * criterion-level scores, a choice naming a criterion the sheet does not have or an option past the end,
 * a missing choice, an option whose points the source does not give, an evaluation that names another
 * rulebook, a council larger than the policy allows. {@link #getReason()} tells one failure from another
 * and {@link #text(Locale)} gives the text in Vietnamese or English.
 */
public class ScoringException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The base name of the package's message bundles ({@code ScoringMessages.properties} and {@code _vi}). */
    static final String BUNDLE = "org.ocop.scoring.ScoringMessages";

    /** Why an evaluation cannot be scored; the parameters are listed with each constant. */
    public enum Reason {
        /** The rulebook has no such sheet. Parameters: rulebook id, sheet number. */
        NO_SUCH_SHEET,
        /** A plan step names no leaf criterion. Parameters: criterion code, sheet number. */
        PLAN_STEP_NOT_LEAF,
        /** The rulebook is totals-only. Parameter: rulebook id. */
        TOTALS_ONLY,
        /** The evaluation names another rulebook. Parameters: the named rulebook id, the rulebook used. */
        OTHER_RULEBOOK,
        /** The council is larger than the policy allows. Parameters: council size, the policy's maximum. */
        COUNCIL_TOO_LARGE,
        /** A member fills two sheets. Parameters: member id, first index, second index. */
        MEMBER_TWICE,
        /** CONSENSUS_SHEET without a consensus sheet. Parameter: evaluation or product id. */
        NO_CONSENSUS_SHEET,
        /**
         * An option whose points the source does not give. Parameters: member id, option, criterion code, sheet
         * number, the printed text.
         */
        OPTION_POINTS_UNKNOWN
    }

    /** Why the evaluation cannot be scored; null for a plain message. */
    private final Reason reason;

    /**
     * @param message what cannot be scored and why
     */
    public ScoringException(String message) {
        super(message);
        this.reason = null;
    }

    /**
     * @param reason what cannot be scored
     * @param parameters the values of the text's placeholders, in the order the reason lists
     */
    public ScoringException(Reason reason, Object... parameters) {
        super(reason, null, parameters);
        this.reason = reason;
    }

    /** @return why the evaluation cannot be scored; empty for an exception made from a plain message */
    public Optional<Reason> getReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    protected ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
