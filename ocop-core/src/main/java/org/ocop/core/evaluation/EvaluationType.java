package org.ocop.core.evaluation;

import org.ocop.core.LocalizedText;

/** Why a product is evaluated (registration form Mẫu 01: "Lần đầu / Nâng hạng / Đánh giá lại"). */
public enum EvaluationType {
    /** First evaluation — <i>lần đầu</i>. */
    FIRST_TIME("Lần đầu", "First time"),
    /** Upgrade to a higher rank — <i>nâng hạng</i>. */
    UPGRADE("Nâng hạng", "Upgrade"),
    /** Re-evaluation when a certificate expires — <i>đánh giá lại</i>. */
    RE_EVALUATION("Đánh giá lại", "Re-evaluation");

    private final LocalizedText label;

    EvaluationType(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }
}
