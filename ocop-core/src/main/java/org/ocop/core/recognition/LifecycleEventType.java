package org.ocop.core.recognition;

import org.ocop.core.LocalizedText;

/**
 * What happened to a product's recognition on one day ({@code docs/rules.md} §4). Each type is one
 * transition of the lifecycle; the passing of time (entering the re-evaluation window, expiring) is not an
 * event but follows from the certificate's dates.
 */
public enum LifecycleEventType {
    /**
     * A first recognition decision and certificate (<i>công nhận lần đầu</i>), Decision 26/2026/QĐ-TTg
     * Art. 4 and 7; also a new recognition after an earlier certificate expired or was revoked.
     */
    RECOGNISED("Công nhận", "Recognised"),
    /**
     * The holder filed a re-evaluation dossier (<i>đánh giá, phân hạng lại</i>), due 180 to 120 days before
     * expiry (Art. 7.6).
     */
    RE_EVALUATION_FILED("Nộp hồ sơ đánh giá lại", "Re-evaluation filed"),
    /** Re-evaluation decided: a new certificate replaces the expiring one (<i>công nhận lại</i>, Art. 7.6). */
    RENEWED("Công nhận lại", "Renewed"),
    /**
     * Re-evaluation decided without a new certificate (the product ranked below 3★): the certificate ends at
     * its expiry, or at once when it was only kept valid by the transitional grace (Art. 12).
     */
    NOT_RENEWED("Không công nhận lại", "Not renewed"),
    /** An upgrade (<i>nâng hạng</i>, Art. 7.5): a certificate of a higher rank replaces the current one. */
    UPGRADED("Nâng hạng", "Upgraded"),
    /** A post-recognition inspection (<i>kiểm tra, giám sát</i>, Art. 9) was concluded. */
    INSPECTED("Kiểm tra sau công nhận", "Inspected"),
    /** The certificate was revoked (<i>thu hồi</i>, Art. 8); the day is the day the revocation takes effect. */
    REVOKED("Thu hồi", "Revoked");

    private final LocalizedText label;

    LifecycleEventType(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }

    /** @return whether events of this type carry a new certificate (recognised, renewed, upgraded) */
    public boolean issuesCertificate() {
        return this == RECOGNISED || this == RENEWED || this == UPGRADED;
    }
}
