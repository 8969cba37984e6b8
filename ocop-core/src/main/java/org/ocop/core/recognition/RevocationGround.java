package org.ocop.core.recognition;

import org.ocop.core.LocalizedText;

/**
 * The six grounds on which a recognition is revoked (<i>thu hồi</i>), Decision 26/2026/QĐ-TTg Art. 8
 * ({@code ocop-rules.md} §4). English wording is the project's summary.
 */
public enum RevocationGround {
    /** False or forged information in the dossier. */
    FALSE_INFORMATION("Thông tin, hồ sơ giả mạo hoặc không trung thực", "False or forged information"),
    /** No longer meeting the criteria after an inspection. */
    CRITERIA_NO_LONGER_MET("Không còn đáp ứng tiêu chí sau kiểm tra", "No longer meets the criteria after inspection"),
    /** Breach of quality, food-safety, environment, intellectual-property or labelling law. */
    LEGAL_BREACH("Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa",
            "Breach of quality, food-safety, environment, IP or labelling law"),
    /** Misuse of the OCOP mark. */
    MARK_MISUSE("Sử dụng sai biểu trưng OCOP", "Misuse of the OCOP mark"),
    /** Production stopped. */
    PRODUCTION_STOPPED("Ngừng sản xuất", "Production stopped"),
    /** Another conclusion of a competent authority. */
    OTHER_AUTHORITY_CONCLUSION("Kết luận khác của cơ quan có thẩm quyền", "Other conclusion of a competent authority");

    private final LocalizedText label;

    RevocationGround(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return a bilingual summary of the ground */
    public LocalizedText label() {
        return label;
    }
}
