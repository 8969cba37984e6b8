package org.ocop.core;

/**
 * One broken rule: where (a JSON Pointer, RFC 6901, from the validated value or document, such as
 * {@code /memberScores/2/choices/1.3}), what (a message in the message locale) and the offending value.
 *
 * @param path the JSON Pointer of the offending property; empty for the validated value itself
 * @param message the interpolated, human-readable message
 * @param invalidValue a short rendering of the offending value (the repeated member id, the unknown code, the
 *     out-of-range number), or {@code ""} when there is no single value to show
 */
public record Violation(String path, String message, String invalidValue) {

    /**
     * Creates a violation; all components are required.
     *
     * @param path the property path
     * @param message the message
     * @param invalidValue the rejected value rendered as text
     * @throws IllegalArgumentException if a component is null
     */
    public Violation {
        if (path == null || message == null || invalidValue == null) {
            throw new IllegalArgumentException(
                    "A violation needs a path, a message and an invalid value (\"\" for none)");
        }
    }

    @Override
    public String toString() {
        String at = path.isEmpty() ? message : path + ": " + message;
        return invalidValue.isBlank() ? at : at + " (" + invalidValue + ")";
    }
}
