package org.ocop.core;

import org.immutables.value.Value;

/**
 * One broken rule: where (a JSON Pointer, RFC 6901, from the validated value or document, such as
 * {@code /memberScores/2/choices/1.3}), what (a message in the message locale) and the offending value.
 */
@Value.Immutable
public abstract class Violation {

    Violation() {}

    /**
     * Creates a violation; all components are required.
     *
     * @param path the JSON Pointer of the offending property; empty for the validated value itself
     * @param message the interpolated, human-readable message
     * @param invalidValue a short rendering of the offending value (the repeated member id, the unknown code,
     *     the out-of-range number), or {@code ""} when there is no single value to show
     * @return the violation
     * @throws IllegalArgumentException if a component is null
     */
    public static Violation of(String path, String message, String invalidValue) {
        if (path == null || message == null || invalidValue == null) {
            throw new IllegalArgumentException(
                    "A violation needs a path, a message and an invalid value (\"\" for none)");
        }
        return ImmutableViolation.of(path, message, invalidValue);
    }

    /** @return the JSON Pointer of the offending property; empty for the validated value itself */
    @Value.Parameter
    public abstract String getPath();

    /** @return the interpolated, human-readable message */
    @Value.Parameter
    public abstract String getMessage();

    /**
     * @return a short rendering of the offending value (the repeated member id, the unknown code, the
     *     out-of-range number), or {@code ""} when there is no single value to show
     */
    @Value.Parameter
    public abstract String getInvalidValue();

    @Override
    public String toString() {
        String at = getPath().isEmpty() ? getMessage() : getPath() + ": " + getMessage();
        return getInvalidValue().isBlank() ? at : at + " (" + getInvalidValue() + ")";
    }
}
