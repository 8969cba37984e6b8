package org.ocop.core;

/**
 * Thrown by {@link OcopValidation#standard()} and {@link OcopValidation#forLocale(java.util.Locale)} (and so by
 * every reader that validates) when no usable Jakarta Bean Validation provider is on the class or module path.
 *
 * <p>The library needs a provider only to validate: add {@code org.hibernate.validator:hibernate-validator} and
 * an Expression Language implementation, {@code org.glassfish.expressly:expressly} (on the module path also
 * {@code --add-modules jakarta.el}). The failure is found once, on first use, and reported the same way on every
 * later call; nothing is left half-initialised, so a host can catch this exception, report it and carry on.
 */
public final class ValidationUnavailableException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param cause the provider's own failure (no provider found, no Expression Language implementation, …)
     */
    ValidationUnavailableException(Throwable cause) {
        super("No usable Jakarta Bean Validation provider: add org.hibernate.validator:hibernate-validator and "
                + "org.glassfish.expressly:expressly to the class or module path (on the module path also "
                + "--add-modules jakarta.el), or pass your own Validator to OcopValidation.using(..). Cause: "
                + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
