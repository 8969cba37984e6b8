package org.ocop.core.result;

/** The outcome of scoring one evaluation (docs/rules.md §3). */
public enum Outcome {
    /** Scored and ranked. */
    RANKED,
    /** A knock-out applies: no star rank at all (§3.6 ⚖ default). */
    DISQUALIFIED,
    /**
     * A council rule was broken (members' totals too far apart, no quorum): the council must re-discuss;
     * the result is not final and is never silently fixed (§3.3).
     */
    NOT_FINAL
}
