package org.ocop.examples.cli;

import java.util.Locale;

/** The language of criterion and sheet names in text output ({@code --lang vi|en}). */
enum Lang {
    /** Vietnamese, as printed in the decision. */
    vi,
    /** The project's English renderings (Vietnamese where none exists). */
    en;

    Locale locale() {
        return this == en ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
