package org.ocop.core.recognition;

import org.ocop.core.LocalizedText;

/**
 * Periodic or ad hoc post-recognition check (<i>kiểm tra định kỳ, đột xuất</i>), Decision 26/2026/QĐ-TTg
 * Art. 9 ({@code docs/rules.md} §4).
 */
public enum InspectionKind {
    /** Scheduled check — <i>định kỳ</i>. */
    PERIODIC("Định kỳ", "Periodic"),
    /** Unscheduled check, e.g. after a complaint — <i>đột xuất</i>. */
    AD_HOC("Đột xuất", "Ad hoc");

    private final LocalizedText label;

    InspectionKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }
}
