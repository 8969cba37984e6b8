package org.ocop.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
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
 * and never the library's internals (Java types, parser settings). A problem of the reading itself carries a
 * {@link #getReason()}, and {@link #text(Locale)} gives the text in Vietnamese or English (the pointer is the
 * same in both).
 */
public class OcopJsonException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The base name of the package's message bundles ({@code JsonMessages.properties} and {@code _vi}). */
    static final String BUNDLE = "org.ocop.json.JsonMessages";

    /** What cannot be read; the parameters are listed with each constant. */
    public enum Reason {
        /** The input holds no document. No parameters. */
        EMPTY,
        /** Content after the document. Parameters: what was found, where. */
        TRAILING_CONTENT,
        /** The document is not a JSON object. Parameter: what was found. */
        NOT_AN_OBJECT,
        /** An unknown document type. Parameters: the type given, the known types. */
        UNKNOWN_DOCUMENT_TYPE,
        /** No {@code type} header. No parameters. */
        MISSING_TYPE,
        /** A missing header property. Parameters: the property, the document type, the format version. */
        MISSING_HEADER,
        /** The input is not Unicode text. No parameters. */
        NOT_UNICODE,
        /** The document is longer than the limit. Parameter: the limit in bytes. */
        DOCUMENT_TOO_LONG,
        /** An array of documents is not closed. No parameters. */
        ARRAY_NOT_CLOSED,
        /** A required property is missing. Parameters: the property, the object's kind. */
        MISSING_PROPERTY,
        /** An unknown property. Parameters: the property, the object's kind, the known properties. */
        UNKNOWN_PROPERTY,
        /** A property given twice. Parameter: the property. */
        DUPLICATE_PROPERTY,
        /** A null property value. Parameter: the property. */
        NULL_PROPERTY,
        /** Not an object. Parameters: the object's kind, what was found. */
        EXPECTED_OBJECT,
        /** Not a boolean. Parameter: what was found. */
        EXPECTED_BOOLEAN,
        /** Not a number. Parameter: what was found. */
        EXPECTED_NUMBER
    }

    /** What the reader found where it expected something else, told in the reader's language. */
    enum Found {
        /** Parameter: the quoted string. */
        STRING,
        /** Parameter: the number as written. */
        NUMBER,
        /** Parameter: the literal (true, false, null). */
        LITERAL,
        /** No parameter. */
        ARRAY,
        /** No parameter. */
        OBJECT,
        /** No parameter. */
        END;

        /**
         * @param value the value as written, or none
         * @return this kind with its value, as a parameter of a reason
         */
        Object with(String... value) {
            return new Part("FOUND_" + name(), List.of(value));
        }
    }

    /** A parameter that is itself a text of the bundles (a found value, a line and column). */
    record Part(String key, List<String> parameters) {

        /**
         * @param line the line, from 1
         * @param column the column, from 1
         * @return the place in the input, as a parameter of a reason
         */
        static Part location(int line, int column) {
            return new Part("LOCATION", List.of(String.valueOf(line), String.valueOf(column)));
        }
    }

    /** The JSON pointer of the problem. */
    private final String pointer;
    private final transient List<Violation> problems;
    /** What cannot be read; null for a problem given as prose. */
    private final Reason reason;
    private final transient List<Object> arguments;

    /**
     * @param pointer the JSON Pointer of the problem
     * @param message what is wrong, for a person
     * @param cause the underlying exception, or null
     */
    public OcopJsonException(String pointer, String message, Throwable cause) {
        super(at(pointer, message, Locale.ROOT), cause);
        this.pointer = pointer;
        this.problems = List.of(Violation.of(pointer, message, ""));
        this.reason = null;
        this.arguments = List.of();
    }

    /**
     * @param problems several problems, each with a JSON Pointer as its path; at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public OcopJsonException(List<Violation> problems) {
        super(render(problems, Locale.ROOT));
        this.pointer = problems.get(0).getPath();
        this.problems = List.copyOf(problems);
        this.reason = null;
        this.arguments = List.of();
    }

    /**
     * A problem of the reading itself; its text is only built when asked for.
     *
     * @param pointer the JSON Pointer of the problem
     * @param reason what cannot be read
     * @param cause the underlying exception, or null
     * @param parameters the values of the text's placeholders, in the order the reason lists
     */
    OcopJsonException(String pointer, Reason reason, Throwable cause, Object... parameters) {
        super(reason, cause, parameters);
        this.pointer = pointer;
        this.problems = null;
        this.reason = reason;
        this.arguments = List.of(parameters);
    }

    private static String render(List<Violation> problems, Locale locale) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An OcopJsonException needs at least one problem");
        }
        if (problems.size() == 1) {
            return at(problems.get(0).getPath(), problems.get(0).getMessage(), locale);
        }
        return texts(locale).fill("PROBLEMS", List.of(String.valueOf(problems.size()), problems.stream()
                .map(v -> at(v.getPath(), v.getMessage(), locale)).collect(Collectors.joining("; "))));
    }

    private static String at(String pointer, String message, Locale locale) {
        Texts t = texts(locale);
        return t.fill("AT", List.of(pointer.isEmpty() ? t.fill("ROOT", List.of()) : pointer, message));
    }

    /**
     * @param prefix the pointer of the document within a larger input, e.g. {@code /3}
     * @return this problem with every pointer prefixed
     */
    OcopJsonException within(String prefix) {
        OcopJsonException e;
        if (reason != null) {
            e = new OcopJsonException(prefix + pointer, reason, null, arguments.toArray());
        } else {
            e = new OcopJsonException(problems.stream()
                    .map(v -> Violation.of(prefix + v.getPath(), v.getMessage(), v.getInvalidValue())).toList());
        }
        e.initCause(getCause() != null ? getCause() : this);
        return e;
    }

    /** @return the JSON Pointer of the (first) problem, {@code ""} for the whole document */
    public String getPointer() {
        return pointer;
    }

    /** @return every problem found, each with its JSON Pointer as {@link Violation#getPath()} (English texts) */
    public List<Violation> getProblems() {
        return problems != null ? problems : List.of(Violation.of(pointer, reasonText(Locale.ROOT), ""));
    }

    /** @return what cannot be read; empty for a problem given as prose (a refused value, a violation) */
    public Optional<Reason> getReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * @param locale the reader's locale: Vietnamese for language {@code vi}, English for any other
     * @return the problems with their pointers, in that language (a problem given as prose keeps its words)
     */
    @Override
    public String text(Locale locale) {
        if (reason == null) {
            return render(problems, locale);
        }
        return at(pointer, reasonText(locale), locale);
    }

    /**
     * @param locale the reader's locale
     * @return the text of the first problem without its pointer, in that language
     */
    public String problemText(Locale locale) {
        return reason == null ? problems.get(0).getMessage() : reasonText(locale);
    }

    /** @return the values that fill the reason's text, in order, in English */
    @Override
    public List<String> getParameters() {
        return values(texts(Locale.ROOT));
    }

    private List<String> values(Texts t) {
        return arguments.stream().map(a -> a instanceof Part part ? t.fill(part.key(), part.parameters())
                : String.valueOf(a)).toList();
    }

    private String reasonText(Locale locale) {
        Texts t = texts(locale);
        return t.fill(reason.name(), values(t));
    }

    @Override
    protected ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The texts of the package's bundles in one language. */
    private static Texts texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale));
        return (key, parameters) -> fill(bundle.containsKey(key) ? bundle.getString(key) : key, parameters);
    }

    /** Fills one text of the bundles. */
    @FunctionalInterface
    private interface Texts {
        String fill(String key, List<String> parameters);
    }
}
