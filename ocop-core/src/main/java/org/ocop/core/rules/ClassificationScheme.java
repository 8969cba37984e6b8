package org.ocop.core.rules;

/** Which product classification a rulebook uses. */
public enum ClassificationScheme {
    /**
     * 6 groups, 17 sub-groups, 26 product sets ({@link org.ocop.core.classification.ProductSet}):
     * Decisions 148/QĐ-TTg (2023) and 26/2026/QĐ-TTg Annex I.
     */
    PRODUCT_SETS,
    /** The six branches of Decision 1048/QĐ-TTg (2019) ({@link org.ocop.core.classification.LegacyBranch}). */
    LEGACY_BRANCHES
}
