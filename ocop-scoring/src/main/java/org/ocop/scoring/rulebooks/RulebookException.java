package org.ocop.scoring.rulebooks;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ocop.core.OcopException;

/**
 * Thrown by {@link RulebookCatalogue} when it cannot give a rulebook: no rulebook in force on a day, an
 * evaluation naming an unknown rulebook, a user rulebook claiming to be official, a shipped resource missing or
 * unreadable. The message names the rulebook ids and days involved; {@link #getReason()} tells one failure
 * from another and {@link #text(Locale)} gives the text in Vietnamese or English.
 */
public class RulebookException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The base name of the package's message bundles ({@code RulebookMessages.properties} and {@code _vi}). */
    static final String BUNDLE = "org.ocop.scoring.rulebooks.RulebookMessages";

    /** Why no rulebook can be given; the parameters are listed with each constant. */
    public enum Reason {
        /** The catalogue holds no rulebook. No parameters. */
        CATALOGUE_EMPTY,
        /** No rulebook in force on a day, the catalogue being empty. Parameter: the day. */
        NONE_IN_FORCE,
        /** No rulebook in force on a day before the oldest. Parameters: the day, oldest id, its first day. */
        NONE_IN_FORCE_BEFORE,
        /** The evaluation names an unknown rulebook. Parameters: the id named, the ids known. */
        UNKNOWN_RULEBOOK,
        /** A decision before the submission. Parameters: decision day, submission day. */
        DECIDED_BEFORE_SUBMITTED,
        /** A user rulebook declares an official completeness. Parameters: rulebook id, its completeness. */
        USER_RULEBOOK_OFFICIAL,
        /** A user rulebook replaces another id. Parameters: rulebook id, the id it says it replaces. */
        REPLACES_OTHER_ID,
        /** No transitional window. Parameters: rulebook id, the product type. */
        NO_TRANSITIONAL_WINDOW
    }

    /** Why no rulebook can be given; null for a plain message. */
    private final Reason reason;

    /**
     * @param message what went wrong, for a person
     */
    public RulebookException(String message) {
        super(message);
        this.reason = null;
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public RulebookException(String message, Throwable cause) {
        super(message, cause);
        this.reason = null;
    }

    /**
     * @param reason what went wrong
     * @param cause the underlying failure, or null
     * @param parameters the values of the text's placeholders, in the order the reason lists
     */
    public RulebookException(Reason reason, Throwable cause, Object... parameters) {
        super(reason, cause, parameters);
        this.reason = reason;
    }

    /** @return why no rulebook can be given; empty for an exception made from a plain message */
    public Optional<Reason> getReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    protected ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
