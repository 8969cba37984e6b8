package org.ocop.test.conformance;

import org.ocop.core.OcopException;

/** A conformance case that cannot be read: not JSON, a field missing or of the wrong kind, an unknown rulebook. */
public final class ConformanceCaseException extends OcopException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the case and the field
     */
    public ConformanceCaseException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the case and the field
     * @param cause the underlying failure
     */
    public ConformanceCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
