package org.ocop.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one or more OCOP rules; carries every violation, not just the first, each at a
 * JSON Pointer from the validated value ({@code /memberScores/6/choices/1.1}) and naming the offending value.
 */
public class OcopValidationException extends OcopException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations the violations found, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public OcopValidationException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    private static String render(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An OcopValidationException needs at least one violation");
        }
        return (violations.size() == 1 ? "1 violation: " : violations.size() + " violations: ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** @return every violation, in a stable order (by path, then message) */
    public List<Violation> getViolations() {
        return violations;
    }
}
