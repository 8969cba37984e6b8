package org.ocop.scoring.lifecycle;

/**
 * What an inspection conclusion leads to (docs/rules.md §4, Decision 26/2026/QĐ-TTg Art. 8–9):
 * nothing, a re-evaluation at a lower rank, or revocation. Derived by
 * {@link Lifecycle#consequenceOf(org.ocop.core.recognition.InspectionResult, org.ocop.core.recognition.Certificate)}.
 */
public enum InspectionConsequence {
    /** Criteria maintained and mark used correctly: the certificate stands. */
    NONE,
    /** The product still reaches 3★ but below its certified rank: re-evaluate it at the lower rank. */
    RE_EVALUATION,
    /** A ground of Art. 8 applies: the issuing authority revokes the certificate 15 days after the conclusion. */
    REVOCATION
}
