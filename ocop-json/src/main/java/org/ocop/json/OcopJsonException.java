package org.ocop.json;

import java.util.List;
import java.util.stream.Collectors;
import org.ocop.core.OcopException;
import org.ocop.core.Violation;

/**
 * Thrown when an OCOP document cannot be read: malformed JSON, a limit exceeded, a wrong type, an unknown,
 * missing or duplicate property, an unsupported format version, a value the domain model refuses, a Bean
 * Validation violation or a choice that does not fit the rulebook's sheet.
 *
 * <p>{@link #getPointer()} is the JSON Pointer (RFC 6901) of the offending location, e.g. {@code
 * /memberScores/0/choices/1.3} ({@code ""} is the whole document); {@link #getMessage()} explains the problem
 * for a person and never carries a stack trace of the parser. When several problems are found at once (Bean
 * Validation), {@link #getProblems()} lists each with its own pointer. Messages name the offending value
 * and never the library's internals (Java types, parser settings).
 */
public class OcopJsonException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the problem. */
    private final String pointer;
    private final transient List<Violation> problems;

    /**
     * @param pointer the JSON Pointer of the problem
     * @param message what is wrong, for a person
     * @param cause the underlying exception, or null
     */
    public OcopJsonException(String pointer, String message, Throwable cause) {
        super(at(pointer) + message, cause);
        this.pointer = pointer;
        this.problems = List.of(Violation.of(pointer, message, ""));
    }

    /**
     * @param problems several problems, each with a JSON Pointer as its path; at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public OcopJsonException(List<Violation> problems) {
        super(render(problems));
        this.pointer = problems.get(0).getPath();
        this.problems = List.copyOf(problems);
    }

    private static String render(List<Violation> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An OcopJsonException needs at least one problem");
        }
        if (problems.size() == 1) {
            return at(problems.get(0).getPath()) + problems.get(0).getMessage();
        }
        return problems.size() + " problems: " + problems.stream().map(v -> at(v.getPath()) + v.getMessage())
                .collect(Collectors.joining("; "));
    }

    private static String at(String pointer) {
        return "at " + (pointer.isEmpty() ? "the document root" : pointer) + ": ";
    }

    /**
     * @param prefix the pointer of the document within a larger input, e.g. {@code /3}
     * @return this problem with every pointer prefixed
     */
    OcopJsonException within(String prefix) {
        List<Violation> moved = problems.stream()
                .map(v -> Violation.of(prefix + v.getPath(), v.getMessage(), v.getInvalidValue())).toList();
        OcopJsonException e = new OcopJsonException(moved);
        e.initCause(getCause() != null ? getCause() : this);
        return e;
    }

    /** @return the JSON Pointer of the (first) problem, {@code ""} for the whole document */
    public String getPointer() {
        return pointer;
    }

    /** @return every problem found, each with its JSON Pointer as {@link Violation#getPath()} */
    public List<Violation> getProblems() {
        return problems;
    }
}
