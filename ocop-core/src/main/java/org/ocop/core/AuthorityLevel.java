package org.ocop.core;

/**
 * The administrative level of a council or a recognising authority (<i>cấp</i>).
 *
 * <p>Under Decision 26/2026/QĐ-TTg the commune checks dossiers, the province recognises 3★ and 4★ and the
 * central level (Ministry of Agriculture and Environment) 5★. Under 148/QĐ-TTg before 6 Jul 2025 the
 * district recognised 3★; districts were abolished on 1 Jul 2025 ({@code docs/rules.md} §4).
 */
public enum AuthorityLevel {
    /** Commune — <i>cấp xã</i>. */
    COMMUNE("cấp xã", "commune"),
    /** District — <i>cấp huyện</i> (148 and 1048 eras only). */
    DISTRICT("cấp huyện", "district"),
    /** Province — <i>cấp tỉnh</i>. */
    PROVINCE("cấp tỉnh", "province"),
    /** Central — <i>cấp trung ương</i>. */
    CENTRAL("cấp trung ương", "central");

    private final LocalizedText label;

    AuthorityLevel(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }
}
