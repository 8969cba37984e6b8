package org.ocop.scoring.diff;

/** How a criterion of the old sheet was paired with one of the new sheet (see {@link RuleDiff}). */
public enum MatchedBy {
    /** The same printed code (e.g. "1.1" on both). */
    CODE,
    /** Different codes (148 prints "1.a", 26/2026 "1.1"), the same normalised name. */
    NAME,
    /**
     * The only criterion left unmatched in a group of the same code and normalised name on both sheets, one of
     * them standing for a group scored directly.
     */
    GROUP,
    /**
     * Renumbered and reworded: left unmatched by the other passes, in groups of the same code, names sharing
     * enough words (see {@link RuleDiff#SIMILARITY_THRESHOLD}).
     */
    SIMILAR_NAME
}
