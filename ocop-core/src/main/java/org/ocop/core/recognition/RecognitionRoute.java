package org.ocop.core.recognition;

import org.ocop.core.LocalizedText;

/**
 * Where a scored product goes next on the recognition path ({@code docs/rules.md} §4, Decision
 * 26/2026/QĐ-TTg Art. 4 and 7.3–7.4).
 */
public enum RecognitionRoute {
    /** 1★, 2★, disqualified or not final: no decision and no certificate (Art. 4.1a). */
    NO_DECISION("Không ban hành quyết định công nhận", "No decision"),
    /** 3★ or 4★: the province (or, under 148 before 6 Jul 2025, the district for 3★) recognises it. */
    RECOGNISE("Công nhận", "Recognise"),
    /** A province average of 90 or more: "5★ potential", forwarded to the central council (Art. 7.3). */
    FORWARD_TO_CENTRAL("Tiềm năng 5 sao, gửi Hội đồng cấp trung ương", "5★ potential: forward to central"),
    /** The central council scored it 90 or more: the Ministry recognises 5★ (Art. 7.4). */
    CENTRAL_RECOGNISES("Bộ công nhận 5 sao", "Ministry recognises 5★"),
    /**
     * The central council scored it below 90 but at 3★ or 4★: the province may recognise that rank from the
     * central score (Art. 7.4, "có thể … xem xét, quyết định công nhận … 3 sao, 4 sao").
     */
    PROVINCE_FALLBACK("Tỉnh xem xét công nhận 3 sao, 4 sao theo kết quả trung ương",
            "Province may recognise 3★/4★ from the central score");

    private final LocalizedText label;

    RecognitionRoute(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }
}
