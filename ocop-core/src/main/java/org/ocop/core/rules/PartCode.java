package org.ocop.core.rules;

import org.ocop.core.LocalizedText;

/**
 * The three parts (<i>phần</i>) of every criteria sheet. Their maxima depend on the rulebook: 35/25/40
 * under Decision 1048/QĐ-TTg, 40/25/35 under 148/QĐ-TTg and 26/2026/QĐ-TTg (docs/rules.md §1).
 */
public enum PartCode {
    /** Part A: product and community strength — <i>sản phẩm và sức mạnh của cộng đồng</i>. */
    A("Sản phẩm và sức mạnh của cộng đồng", "Product and community strength"),
    /** Part B: marketing capacity — <i>khả năng tiếp thị</i>. */
    B("Khả năng tiếp thị", "Marketing capacity"),
    /** Part C: product quality — <i>chất lượng sản phẩm</i>. */
    C("Chất lượng sản phẩm", "Product quality");

    private final LocalizedText label;

    PartCode(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }
}
