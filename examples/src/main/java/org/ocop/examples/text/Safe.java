package org.ocop.examples.text;

/**
 * Makes text safe for a terminal: control characters (C0, DEL, C1), bidirectional overrides and isolates, and
 * zero-width characters in names from a document would colour the terminal, move the cursor, forge an extra
 * table line or reorder what is shown. Each such character is replaced by its escape {@code \}{@code uXXXX},
 * visible and also a valid escape inside a JSON string, so the same filter serves text and JSON output.
 */
public final class Safe {

    private Safe() {}

    /**
     * @param cp a code point
     * @param keepLineBreaks whether line feed and tab are allowed (whole output) or escaped (one table cell)
     * @return whether the code point must be escaped
     */
    static boolean unsafe(int cp, boolean keepLineBreaks) {
        if (cp == '\n' || cp == '\t') {
            return !keepLineBreaks;
        }
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) // C0, DEL, C1 (ESC, CR, NUL, CSI …)
                || cp == 0x061c || cp == 0x200e || cp == 0x200f // Arabic letter mark, LRM, RLM
                || (cp >= 0x202a && cp <= 0x202e) // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                || (cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 || cp == 0xfeff // zero-width
                || cp == 0x2028 || cp == 0x2029; // line and paragraph separators
    }

    /**
     * @param text any text, e.g. a product name from a document
     * @return the text with every unsafe character (line breaks and tabs included) escaped
     */
    public static String cell(String text) {
        return escape(text, false);
    }

    /**
     * @param text any text
     * @param keepLineBreaks whether line feeds and tabs pass unchanged
     * @return the text with unsafe characters escaped as {@code \}{@code uXXXX}
     */
    public static String escape(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (unsafe(ch, keepLineBreaks)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }
}
