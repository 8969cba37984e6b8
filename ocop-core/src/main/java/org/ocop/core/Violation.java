package org.ocop.core;

import java.util.Objects;

/**
 * One broken rule found by {@link OcopValidation}: where (a property path such as
 * {@code memberScores[2].choices[1.3]}) and what, in the message locale.
 *
 * @param path the property path from the validated root value; empty for the root itself
 * @param message the interpolated, human-readable message
 * @param invalidValue a short rendering of the rejected value, or {@code ""}
 */
public record Violation(String path, String message, String invalidValue) {

    /**
     * Creates a violation; all components are required.
     *
     * @param path the property path
     * @param message the message
     * @param invalidValue the rejected value rendered as text
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(invalidValue, "invalidValue");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "<root>" : path) + ": " + message;
    }
}
