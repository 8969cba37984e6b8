package org.ocop.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's own English and Vietnamese texts of the standard Bean Validation constraints its model uses
 * ({@code ConstraintMessages.properties} and {@code _vi} in this package, never at the root of the class path,
 * where they would shadow a host's bundles).
 */
final class ConstraintMessages {

    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private ConstraintMessages() {}

    /**
     * @param template a message template, e.g. {@code {jakarta.validation.constraints.NotBlank.message}}
     * @param locale the locale of the message
     * @return the library's text for a template that is exactly one known key, else the template unchanged
     */
    static String resolve(String template, Locale locale) {
        if (template.length() < 3 || template.charAt(0) != '{' || template.charAt(template.length() - 1) != '}') {
            return template;
        }
        String key = template.substring(1, template.length() - 1);
        String text = texts(locale.getLanguage()).getProperty(key);
        return text != null ? text : template;
    }

    /** The texts of a language: the language's file over the English base file. */
    static Properties texts(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> {
            Properties base = load("ConstraintMessages.properties", new Properties());
            return l.isEmpty() || l.equals("en") ? base : load("ConstraintMessages_" + l + ".properties", base);
        });
    }

    private static Properties load(String name, Properties defaults) {
        Properties texts = new Properties();
        texts.putAll(defaults);
        try (InputStream in = ConstraintMessages.class.getResourceAsStream(name)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the library's message bundle " + name, e);
        }
        return texts;
    }
}
