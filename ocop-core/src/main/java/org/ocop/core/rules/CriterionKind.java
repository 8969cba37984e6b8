package org.ocop.core.rules;

/**
 * How a criterion is scored (data README of {@code qd-26-2026}, "Kinds"; docs/rules.md §3.2).
 */
public enum CriterionKind {
    /** Pick exactly one printed option. */
    CHOICE,
    /**
     * A choice that only applies when its condition holds (criterion 5.2 "story structure — only when the
     * product has a story", sheets 1 to 25); scores 0 when the condition does not hold.
     */
    CONDITIONAL,
    /**
     * Printed with a maximum and no options (bilingual labelling): met scores the maximum, not met 0. Its
     * two scoring options are "not met" (index 0) and "met" (index 1).
     */
    BINARY,
    /** Pick one case, then one option in it (tourism sheet 26, groups 8, 9 and 15). */
    ALTERNATIVES,
    /** Made of sub-criteria, each scored on its own (sheets 11 and 13, criteria 6.1 and 6.2). */
    COMPOSITE
}
