package org.ocop.core.product;

import org.ocop.core.LocalizedText;

/**
 * The kind of producer (<i>chủ thể sản xuất</i>) that may bring a product to OCOP evaluation.
 *
 * <p>Decision 26/2026/QĐ-TTg names cooperatives, cooperative groups, small and medium enterprises, farms,
 * and households or production households with a business registration; for community tourism (group VI)
 * also associations, tourism operating centres and similar organisations. Decisions 148 (2023) and 1048
 * (2019) also named enterprises in general ({@code docs/rules.md} §2).
 */
public enum ProducerType {
    /** Cooperative — <i>hợp tác xã</i>. */
    COOPERATIVE("Hợp tác xã", "Cooperative"),
    /** Cooperative group — <i>tổ hợp tác</i>. */
    COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group"),
    /** Small or medium enterprise — <i>doanh nghiệp nhỏ và vừa</i> (26/2026). */
    SMALL_MEDIUM_ENTERPRISE("Doanh nghiệp nhỏ và vừa", "Small or medium enterprise"),
    /** Enterprise of any size — <i>doanh nghiệp</i> (148 and 1048 eras, and reports that do not split by size). */
    ENTERPRISE("Doanh nghiệp", "Enterprise"),
    /** Farm — <i>trang trại</i>. */
    FARM("Trang trại", "Farm"),
    /** Business household or registered production household — <i>hộ kinh doanh, hộ sản xuất có đăng ký kinh doanh</i>. */
    BUSINESS_HOUSEHOLD("Hộ kinh doanh", "Business household"),
    /**
     * Association, tourism operating centre or similar organisation — <i>hiệp hội, trung tâm điều hành du
     * lịch</i>; for community tourism products (group VI) only.
     */
    TOURISM_ORGANISATION("Hiệp hội, trung tâm điều hành du lịch", "Tourism association or operating centre");

    private final LocalizedText label;

    ProducerType(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the bilingual label */
    public LocalizedText label() {
        return label;
    }

    /** @return whether producers of this type have members (cooperatives and cooperative groups) */
    public boolean hasMembers() {
        return this == COOPERATIVE || this == COOPERATIVE_GROUP;
    }

    /** @return whether the type counts as an enterprise in province reports */
    public boolean isEnterprise() {
        return this == ENTERPRISE || this == SMALL_MEDIUM_ENTERPRISE;
    }
}
