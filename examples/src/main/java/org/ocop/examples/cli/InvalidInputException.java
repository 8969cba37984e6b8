package org.ocop.examples.cli;

import java.util.Objects;

/**
 * Invalid input given to the command line: a file that does not parse, a document that breaks a rule, an
 * unknown rulebook or sheet. {@code ocop} reports it on one line naming the file and the JSON pointer and
 * exits with status 2.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;

    /**
     * @param source the file (or argument) at fault
     * @param pointer the JSON pointer (RFC 6901) of the offending value, {@code ""} for the whole document
     * @param message what is wrong
     * @param cause the underlying exception, or null
     */
    public InvalidInputException(String source, String pointer, String message, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * @param source the file (or argument) at fault
     * @param message what is wrong
     */
    public InvalidInputException(String source, String message) {
        this(source, "", message, null);
    }

    /** @return the file (or argument) at fault */
    public String source() {
        return source;
    }

    /** @return the JSON pointer of the offending value; empty for the whole document */
    public String pointer() {
        return pointer;
    }

    /**
     * @param rulebook the rulebook the document was checked against, described
     * @return this failure with the rulebook named at the end of its message
     */
    public InvalidInputException under(String rulebook) {
        InvalidInputException e = new InvalidInputException(source, pointer, getMessage() + " [rulebook " + rulebook + "]",
                getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** @return the one line {@code ocop} prints: {@code file at /pointer: message} */
    public String oneLine() {
        return source + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + getMessage();
    }
}
