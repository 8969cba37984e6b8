package org.ocop.core;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one base type of every failure the OCOP library reports: invalid values, unreadable documents,
 * evaluations that cannot be scored under a rulebook, illegal lifecycle transitions, a missing validation
 * provider. A host that embeds the library can catch this single type; the subclasses say what went wrong
 * and carry the details (violations with JSON pointers, the offending value).
 *
 * <p>Messages name the offending value and where it is; they never expose the library's internals (Java
 * types, Jackson settings, stack traces of the library's own classes). A subclass that carries a reason (an
 * enum constant of its own) and ordered parameters gives its text in Vietnamese or English through
 * {@link #text(Locale)}, like a result note; {@link #getMessage()} is the English text.
 */
public abstract class OcopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The reason's name, the key of its text in the subclass's bundles; null for a plain English message. */
    private final String key;
    /** The values of the text's placeholders, in order. */
    private final List<String> parameters;

    /**
     * @param message what went wrong, for a person
     */
    protected OcopException(String message) {
        super(message);
        this.key = null;
        this.parameters = List.of();
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure, kept for diagnosis
     */
    protected OcopException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.parameters = List.of();
    }

    /**
     * A failure told by a reason and its parameters; its texts are in the subclass's {@link #bundle(Locale)}
     * under the reason's name, with {@code {0}}, {@code {1}}, … filled by the parameters in order. The text is
     * only built when asked for.
     *
     * @param reason what went wrong
     * @param cause the underlying failure, kept for diagnosis, or null
     * @param parameters the values of the text's placeholders, in order
     */
    protected OcopException(Enum<?> reason, Throwable cause, Object... parameters) {
        super((String) null);
        if (cause != null) {
            initCause(cause);
        }
        this.key = reason.name();
        this.parameters = java.util.Arrays.stream(parameters).map(String::valueOf).toList();
    }

    /** @return the values that fill the text's placeholders, in order (empty for a plain message) */
    public List<String> getParameters() {
        return parameters;
    }

    /** @return the English text */
    @Override
    public String getMessage() {
        return key == null ? super.getMessage() : text(Locale.ROOT);
    }

    /**
     * @param locale the reader's locale: Vietnamese for language {@code vi}, English for any other
     * @return what went wrong, for a person, in that language
     */
    public String text(Locale locale) {
        if (key == null) {
            return super.getMessage();
        }
        return template(key, locale, parameters);
    }

    /**
     * @param key a key of the subclass's bundles
     * @param locale the reader's locale
     * @param parameters the values of the placeholders, in order
     * @return the text under that key, filled in; the key itself if the bundle lacks it
     */
    protected final String template(String key, Locale locale, List<String> parameters) {
        String template;
        try {
            template = bundle(bundleLocale(locale)).getString(key);
        } catch (MissingResourceException e) {
            template = key;
        }
        return fill(template, parameters);
    }

    /**
     * @param locale the reader's locale, or null
     * @return the locale to look a bundle up with: {@code vi} for language {@code vi}, {@link Locale#ROOT}
     *     (English, the base bundle) for any other
     */
    protected static Locale bundleLocale(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT;
    }

    /**
     * The subclass's message bundles, looked up from its own module (package-specific, never root-level).
     * The default has no texts: a subclass that uses reasons overrides it.
     *
     * @param locale {@link Locale#ROOT} for English or {@code vi}
     * @return the bundle
     * @throws MissingResourceException when there is none
     */
    protected ResourceBundle bundle(Locale locale) {
        throw new MissingResourceException("no message bundle", getClass().getName(), "");
    }

    /**
     * Replaces {@code {0}}, {@code {1}}, … by the parameters (no other syntax: apostrophes are plain text).
     *
     * @param template a text of a bundle
     * @param parameters the values, in order
     * @return the text filled in
     */
    protected static String fill(String template, List<String> parameters) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < parameters.size() ? parameters.get(n) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
