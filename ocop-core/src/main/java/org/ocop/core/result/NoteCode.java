package org.ocop.core.result;

/**
 * What a {@link ResultNote} says: one constant per warning or not-final reason the engine emits. Its text, in
 * English and Vietnamese, is in the package's {@code ResultMessages} bundles under the constant's name; the
 * parameters fill {@code {0}}, {@code {1}}, … in order.
 */
public enum NoteCode {
    /** Warning: the sheet is marked incomplete. Parameters: sheet number, rulebook id, the reason given. */
    SHEET_INCOMPLETE(3, false),
    /** Warning: the rulebook is a third-party transcription. Parameter: rulebook id. */
    RULEBOOK_TRANSCRIBED(1, false),
    /** Warning: a user rulebook. Parameters: rulebook id, its completeness, its provenance. */
    RULEBOOK_USER(3, false),
    /** Warning: a user rulebook replaces a shipped one. Parameters: rulebook id, the shipped rulebook's id. */
    RULEBOOK_REPLACES(2, false),
    /**
     * Warning: submitted outside the rulebook's validity. Parameters: submission day, rulebook id, first and
     * last day of validity.
     */
    SUBMITTED_OUTSIDE_VALIDITY(4, false),
    /**
     * Warning: submitted before an open-ended rulebook came into force. Parameters: submission day, rulebook id,
     * first day of validity.
     */
    SUBMITTED_BEFORE_OPEN_VALIDITY(3, false),
    /** Warning: a star mark on a criterion's heading, not applied as a gate. Parameter: criterion code. */
    CRITERION_LEVEL_STAR(1, false),
    /**
     * Warning: a knock-out where the sheet prints none, accepted and disqualifying. Parameters: criterion code,
     * the council's reason.
     */
    KNOCKOUT_UNPRINTED_DISQUALIFIES(2, false),
    /** Warning: a sheet-level knock-out disqualifies under ZERO_REMAINING. Parameter: the council's reason. */
    SHEET_KNOCKOUT_DISQUALIFIES(1, false),
    /** Warning: a knock-out where the sheet prints none: only that criterion scored 0. Parameter: criterion code. */
    KNOCKOUT_UNPRINTED_ZEROED(1, false),
    /** Warning: a knock-out scored that criterion as 0. Parameters: criterion code, the council's reason. */
    KNOCKOUT_ZEROED(2, false),
    /**
     * Warning: a knock-out that halts the evaluation scored that criterion and every later one as 0.
     * Parameters: criterion code, the council's reason.
     */
    KNOCKOUT_ZEROED_REST(2, false),
    /**
     * Not-final reason: the members' totals spread too far (needs re-discussion). Parameters: lowest total,
     * highest total, spread, allowed spread.
     */
    SPREAD_TOO_WIDE(4, true),
    /**
     * Not-final reason: too few members present. Parameters: members present, council size, quorum numerator,
     * quorum denominator.
     */
    NO_QUORUM(4, true),
    /** Not-final reason: the chair must be present but is not recorded. No parameters. */
    CHAIR_NOT_RECORDED(0, true),
    /** Not-final reason: the chair is not present. Parameter: the chair's member id. */
    CHAIR_ABSENT(1, true);

    private final int parameters;
    private final boolean notFinalReason;

    NoteCode(int parameters, boolean notFinalReason) {
        this.parameters = parameters;
        this.notFinalReason = notFinalReason;
    }

    /** @return how many parameters a note of this code carries */
    public int parameterCount() {
        return parameters;
    }

    /** @return whether this is a reason why a result is not final (else a warning) */
    public boolean isNotFinalReason() {
        return notFinalReason;
    }
}
