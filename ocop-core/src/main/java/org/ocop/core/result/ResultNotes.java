package org.ocop.core.result;

import java.util.List;
import java.util.Locale;

/** Renders the texts of {@link ResultNote}s. */
final class ResultNotes {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ResultNotes() {}

    /** Replaces {@code {0}}, {@code {1}}, … by the parameters (no other syntax: apostrophes are plain text). */
    static String fill(String template, List<String> parameters) {
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
