package org.ocop.core.recognition;

/**
 * The state of a recognition on a given day ({@code docs/rules.md} §4):
 * {@code RECOGNISED → (EXPIRING) → EXPIRED | RENEWED | REVOKED}, plus {@code UPGRADED} when a higher rank
 * replaces the certificate, and {@code EXTENDED} for the transitional grace of Decision 26/2026/QĐ-TTg
 * Art. 12.
 *
 * <p>{@code RECOGNISED}, {@code EXPIRING} and {@code EXTENDED} are the <i>active</i> states: the product may
 * show the OCOP mark and its stars. {@code RENEWED} and {@code UPGRADED} are states of a replaced
 * certificate; a product's own standing follows its newest certificate.
 */
public enum LifecycleState {
    /** Valid, outside the re-evaluation window. */
    RECOGNISED,
    /** Valid, inside the re-evaluation window before expiry. */
    EXPIRING,
    /**
     * Past its expiry, still valid under the transitional grace of Decision 26/2026/QĐ-TTg Art. 12: a
     * re-evaluation is pending and the authority has not decided yet (at most 180 days after expiry).
     */
    EXTENDED,
    /** Past its validity (and any transitional grace) without renewal. */
    EXPIRED,
    /** Replaced by a renewal after re-evaluation. */
    RENEWED,
    /** Replaced by a certificate of a higher rank. */
    UPGRADED,
    /** Revoked by the issuing authority. */
    REVOKED;

    /**
     * @return whether a certificate in this state is in force (recognised, expiring or extended): the
     *     product may show the OCOP mark and stars
     */
    public boolean isActive() {
        return this == RECOGNISED || this == EXPIRING || this == EXTENDED;
    }
}
