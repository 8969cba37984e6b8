package org.ocop.core.result;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * A warning or a not-final reason of a {@link ScoreResult}: a {@link NoteCode} and its ordered parameters, so
 * that a program can tell one note from another without parsing prose, and a person reads it in Vietnamese or
 * English ({@link #text(Locale)}).
 */
@Value.Immutable
public interface ResultNote {

    /** The base name of the package's message bundles ({@code ResultMessages.properties} and {@code _vi}). */
    String BUNDLE = "org.ocop.core.result.ResultMessages";

    /** @return what the note says */
    NoteCode getCode();

    /** @return the values that fill the text's placeholders, in order */
    List<String> getParameters();

    /**
     * @param locale the reader's locale: Vietnamese for language {@code vi}, English for any other
     * @return the note's text with its parameters filled in
     */
    default String text(Locale locale) {
        Locale l = locale != null && "vi".equals(locale.getLanguage()) ? ResultNotes.VIETNAMESE : Locale.ROOT;
        String template;
        try {
            template = ResourceBundle.getBundle(BUNDLE, l, ResultNote.class.getModule()).getString(getCode().name());
        } catch (MissingResourceException e) {
            template = getCode().name();
        }
        return ResultNotes.fill(template, getParameters());
    }

    /** @return the English text, as written to JSON beside the code and parameters */
    default String getText() {
        return text(Locale.ENGLISH);
    }

    /**
     * @param code what the note says
     * @param parameters the values of its placeholders, in order
     * @return the note
     * @throws IllegalStateException when the number of parameters is not the code's
     */
    static ResultNote of(NoteCode code, Object... parameters) {
        Builder b = builder().code(code);
        for (Object p : parameters) {
            b.addParameters(String.valueOf(p));
        }
        return b.build();
    }

    /**
     * Checks that the note carries as many parameters as its code takes.
     *
     * @throws IllegalStateException otherwise
     */
    @Value.Check
    default void checkParameters() {
        if (getParameters().size() != getCode().parameterCount()) {
            throw new IllegalStateException("A " + getCode() + " note takes " + getCode().parameterCount()
                    + " parameters, got " + getParameters().size());
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResultNote}. */
    final class Builder extends ImmutableResultNote.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
