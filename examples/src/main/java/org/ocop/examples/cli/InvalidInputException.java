package org.ocop.examples.cli;

import java.util.Locale;
import java.util.Objects;
import org.ocop.core.OcopException;
import org.ocop.json.OcopJsonException;

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

    /**
     * @param locale the reader's locale
     * @return {@link #oneLine()}, with the library's text in Vietnamese for language {@code vi}
     */
    public String oneLine(Locale locale) {
        if (!isVietnamese(locale)) {
            return oneLine();
        }
        return source + (pointer.isEmpty() ? "" : " tại " + pointer) + ": " + message(locale);
    }

    /**
     * @param locale the reader's locale
     * @return what is wrong: the library's own text in Vietnamese for language {@code vi} when this message is
     *     that text (with what the command line added after it), else {@link #getMessage()}
     */
    public String message(Locale locale) {
        if (!isVietnamese(locale) || !(getCause() instanceof OcopException)) {
            return getMessage();
        }
        OcopException library = (OcopException) getCause();
        String english;
        String local;
        if (library instanceof OcopJsonException) {
            english = ((OcopJsonException) library).problemText(Locale.ROOT);
            local = ((OcopJsonException) library).problemText(locale);
        } else {
            english = library.getMessage();
            local = library.text(locale);
        }
        String message = getMessage();
        return english != null && message.startsWith(english) ? local + message.substring(english.length()) : message;
    }

    private static boolean isVietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }
}
