package org.ocop.core.rules;

/**
 * How complete and trustworthy a rulebook's data is, and who stands behind it (docs/rules.md §1). Only the
 * library's shipped rulebooks are {@link #OFFICIAL}; a rulebook a user brings declares {@link #PROVINCIAL}
 * or {@link #CUSTOM}.
 */
public enum Completeness {
    /** A copy of the official text, every sheet validated; typos corrected with notes. */
    OFFICIAL,
    /** A third-party transcription; sheets that fail their arithmetic are marked incomplete. */
    TRANSCRIBED,
    /** Only part maxima, bands and classification are known; no criteria, no criterion-level scoring. */
    TOTALS_ONLY,
    /** A province's own rulebook or corrected sheet (<i>bộ tiêu chí cấp tỉnh</i>), brought by the user. */
    PROVINCIAL,
    /** Any other user rulebook: a test, a draft, a future decision not yet shipped. */
    CUSTOM
}
