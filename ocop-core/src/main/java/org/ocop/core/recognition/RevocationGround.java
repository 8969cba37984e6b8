package org.ocop.core.recognition;

import org.ocop.core.LocalizedText;

/**
 * The six grounds on which a recognition is revoked (<i>thu hồi</i>), Decision 26/2026/QĐ-TTg Art. 8
 * points (a) to (e) ({@code docs/rules.md} §4).
 *
 * <p>The project holds the decision's own words only for (d), "sử dụng nhãn hiệu OCOP không đúng
 * quy định"; the other Vietnamese labels, and every English label, are the project's short summaries of
 * the article, not the official text.
 */
public enum RevocationGround {
    /** (a) False or forged information in the dossier. */
    FALSE_INFORMATION("Thông tin, hồ sơ giả mạo hoặc không trung thực", "False or forged information"),
    /** (b) No longer meeting the criteria, per an inspection conclusion. */
    CRITERIA_NO_LONGER_MET("Không còn đáp ứng tiêu chí sau kiểm tra", "No longer meets the criteria after inspection"),
    /** (c) Breach of quality, food-safety, environment, intellectual-property or labelling law. */
    LEGAL_BREACH("Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa",
            "Breach of quality, food-safety, environment, IP or labelling law"),
    /** (d) Misuse of the OCOP mark. */
    MARK_MISUSE("Sử dụng nhãn hiệu OCOP không đúng quy định", "Misuse of the OCOP mark"),
    /** (đ) Production stopped. */
    PRODUCTION_STOPPED("Ngừng sản xuất", "Production stopped"),
    /** (e) Another conclusion of a competent authority. */
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
