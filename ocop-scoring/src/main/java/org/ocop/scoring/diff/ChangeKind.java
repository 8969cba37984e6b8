package org.ocop.scoring.diff;

/** What changed on a criterion present on both sheets. */
public enum ChangeKind {
    /** The printed name was reworded (compared after normalisation: case, diacritics and punctuation aside). */
    NAME,
    /** The maximum changed: the criterion was re-weighted. */
    MAX_POINTS,
    /** The kind changed (choice, conditional, binary, alternatives, composite). */
    KIND,
    /** The scoring options' number or points changed. */
    OPTION_POINTS,
    /** Option texts changed (same number of options). */
    OPTION_TEXT,
    /** The star gates (options marked {@code ***}/{@code ****}/{@code *****}) changed. */
    GATES,
    /** The criterion moved to another group. */
    GROUP,
    /** The printed knock-out appeared, disappeared or changed effect. */
    KNOCKOUT
}
