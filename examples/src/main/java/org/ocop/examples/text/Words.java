package org.ocop.examples.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own words (headings, labels, outcomes, explanations) in Vietnamese and English, from the
 * package-scoped bundle {@code org/ocop/examples/text/words.properties} ({@code _vi} for Vietnamese). Texts
 * take {@link MessageFormat} arguments. Warnings and not-final reasons of a result are the engine's and are
 * rendered by {@link ResultText#warnings}.
 */
public final class Words {

    private static final String BUNDLE = "org.ocop.examples.text.words";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param locale {@code vi} for Vietnamese, anything else English
     * @return the words in that language
     */
    public static Words of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VI : EN;
    }

    private static final Words EN = new Words(Locale.ROOT);
    private static final Words VI = new Words(Locale.forLanguageTag("vi"));

    /** @return {@code vi} or {@code en}: the language of names taken from the data */
    public Locale locale() {
        return this == VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    /** @return whether these are the Vietnamese words */
    public boolean isVietnamese() {
        return this == VI;
    }

    /**
     * @param key a key of the bundle
     * @param args the text's arguments
     * @return the text
     * @throws MissingResourceException if the bundle has no such key (a bug, caught by the tests)
     */
    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
