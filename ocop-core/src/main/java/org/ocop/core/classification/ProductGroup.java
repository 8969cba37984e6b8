package org.ocop.core.classification;

import org.ocop.core.LocalizedText;

/**
 * The six product groups (<i>ngành</i>) of the OCOP classification, Decision 26/2026/QĐ-TTg Annex I
 * (<i>Phụ lục I</i>); Decision 148/QĐ-TTg (2023) used the same six groups.
 *
 * <p>The 1048-era (2019) list of six branches was different; see {@link LegacyBranch}.
 */
public enum ProductGroup {
    /** Food products — <i>SẢN PHẨM THỰC PHẨM</i>. */
    FOOD("I", "SẢN PHẨM THỰC PHẨM", "Food products"),
    /** Beverages — <i>SẢN PHẨM ĐỒ UỐNG</i>. */
    BEVERAGES("II", "SẢN PHẨM ĐỒ UỐNG", "Beverages"),
    /** Medicinal herbs and herb-derived products — <i>SẢN PHẨM DƯỢC LIỆU VÀ SẢN PHẨM TỪ DƯỢC LIỆU</i>. */
    MEDICINAL_HERBS("III", "SẢN PHẨM DƯỢC LIỆU VÀ SẢN PHẨM TỪ DƯỢC LIỆU", "Medicinal herbs and herb-derived products"),
    /** Handicrafts — <i>SẢN PHẨM HÀNG THỦ CÔNG MỸ NGHỆ</i>. */
    HANDICRAFTS("IV", "SẢN PHẨM HÀNG THỦ CÔNG MỸ NGHỆ", "Handicrafts"),
    /** Ornamental plants and animals — <i>SẢN PHẨM SINH VẬT CẢNH</i>. */
    ORNAMENTALS("V", "SẢN PHẨM SINH VẬT CẢNH", "Ornamental plants and animals"),
    /** Community tourism, eco-tourism and tourist-site services — <i>SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH</i>. */
    TOURISM("VI", "SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH", "Community tourism, eco-tourism and tourist-site services");

    private final String code;
    private final LocalizedText name;

    ProductGroup(String code, String vi, String en) {
        this.code = code;
        this.name = LocalizedText.of(vi, en);
    }

    /** @return the Roman numeral printed in Annex I, {@code "I"} to {@code "VI"} */
    public String code() {
        return code;
    }

    /** @return the official Vietnamese name and an English rendering */
    public LocalizedText label() {
        return name;
    }

    /**
     * Looks a group up by its Annex I numeral.
     *
     * @param code {@code "I"} to {@code "VI"}
     * @return the group
     * @throws IllegalArgumentException if no group has that numeral
     */
    public static ProductGroup ofCode(String code) {
        for (ProductGroup g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown OCOP product group (ngành) code: " + code);
    }
}
