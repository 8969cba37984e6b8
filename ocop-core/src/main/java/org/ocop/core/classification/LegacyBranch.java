package org.ocop.core.classification;

import org.ocop.core.LocalizedText;

/**
 * The six branches (<i>ngành hàng</i>) of the first OCOP programme, Decision 1048/QĐ-TTg (2019),
 * kept as a separate, legacy classification for products recognised under that decision.
 *
 * <p>Source: the decision's text as quoted by provincial copies: "Các sản phẩm tham gia Chương trình
 * OCOP gồm 06 ngành hàng: Thực phẩm; đồ uống; thảo dược; vải và may mặc; lưu niệm - nội thất - trang
 * trí; và dịch vụ du lịch nông thôn, bán hàng" ({@code docs/rules.md} §2). The finer 1048 list
 * of 16 sub-groups and 26 sets is known only from a third-party dump and is not modelled.
 */
public enum LegacyBranch {
    /** Food — <i>Thực phẩm</i>. */
    FOOD("Thực phẩm", "Food"),
    /** Beverages — <i>Đồ uống</i>. */
    BEVERAGES("Đồ uống", "Beverages"),
    /** Herbal products — <i>Thảo dược</i>. */
    HERBAL("Thảo dược", "Herbal products"),
    /** Textiles and garments — <i>Vải và may mặc</i>. */
    TEXTILES_GARMENTS("Vải và may mặc", "Textiles and garments"),
    /** Souvenirs, furniture and decoration — <i>Lưu niệm - nội thất - trang trí</i>. */
    SOUVENIRS_FURNITURE_DECORATION("Lưu niệm - nội thất - trang trí", "Souvenirs, furniture and decoration"),
    /** Rural tourism services and sales — <i>Dịch vụ du lịch nông thôn, bán hàng</i>. */
    RURAL_TOURISM_SERVICES("Dịch vụ du lịch nông thôn, bán hàng", "Rural tourism services and sales");

    private final LocalizedText name;

    LegacyBranch(String vi, String en) {
        this.name = LocalizedText.of(vi, en);
    }

    /** @return the Vietnamese name as quoted and an English rendering */
    public LocalizedText label() {
        return name;
    }
}
