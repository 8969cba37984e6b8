package org.ocop.core.product;

/** Where a product is sold, as the marketing criteria of Annex II (Part B) reward it. */
public enum DistributionChannel {
    /** Direct sale at the place of production. */
    DIRECT,
    /** Local markets and shops. */
    LOCAL_RETAIL,
    /** Agents and distributors in the province. */
    PROVINCIAL_DISTRIBUTORS,
    /** Distribution in other provinces. */
    NATIONAL_DISTRIBUTORS,
    /** Supermarkets and convenience chains — <i>siêu thị</i>. */
    SUPERMARKETS,
    /** OCOP showrooms and points of sale — <i>điểm bán sản phẩm OCOP</i>. */
    OCOP_SHOWROOMS,
    /** E-commerce platforms — <i>sàn thương mại điện tử</i>. */
    E_COMMERCE,
    /** Export — <i>xuất khẩu</i>. */
    EXPORT
}
