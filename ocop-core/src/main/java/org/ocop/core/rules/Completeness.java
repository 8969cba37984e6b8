package org.ocop.core.rules;

/** How complete and trustworthy a rulebook's data is ({@code ocop-rules.md} §1). */
public enum Completeness {
    /** A copy of the official text, every sheet validated; typos corrected with notes. */
    OFFICIAL,
    /** A third-party transcription; sheets that fail their arithmetic are marked incomplete. */
    TRANSCRIBED,
    /** Only part maxima, bands and classification are known; no criteria, no criterion-level scoring. */
    TOTALS_ONLY
}
