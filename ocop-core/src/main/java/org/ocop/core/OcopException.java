package org.ocop.core;

/**
 * The one base type of every failure the OCOP library reports: invalid values, unreadable documents,
 * evaluations that cannot be scored under a rulebook, illegal lifecycle transitions, a missing validation
 * provider. A host that embeds the library can catch this single type; the subclasses say what went wrong
 * and carry the details (violations with JSON pointers, the offending value).
 *
 * <p>Messages name the offending value and where it is; they never expose the library's internals (Java
 * types, Jackson settings, stack traces of the library's own classes).
 */
public abstract class OcopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for a person
     */
    protected OcopException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure, kept for diagnosis
     */
    protected OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
