package org.ocop.core.recognition;

/**
 * The state of a recognition on a given day ({@code ocop-rules.md} §4):
 * {@code RECOGNISED → (EXPIRING) → EXPIRED | RENEWED | REVOKED}, plus {@code UPGRADED} when a higher rank
 * replaces the certificate.
 */
public enum LifecycleState {
    /** Valid, outside the re-evaluation window. */
    RECOGNISED,
    /** Valid, inside the re-evaluation window before expiry. */
    EXPIRING,
    /** Past its validity (and any transitional grace) without renewal. */
    EXPIRED,
    /** Replaced by a renewal after re-evaluation. */
    RENEWED,
    /** Replaced by a certificate of a higher rank. */
    UPGRADED,
    /** Revoked by the issuing authority. */
    REVOKED
}
