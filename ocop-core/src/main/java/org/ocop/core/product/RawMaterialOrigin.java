package org.ocop.core.product;

/**
 * Where the raw materials come from, which Part A of every sheet rewards ("origin of raw materials";
 * criteria knock out products whose raw materials are all imported or of unknown origin).
 */
public enum RawMaterialOrigin {
    /** From the commune — <i>trên địa bàn cấp xã</i>. */
    COMMUNE,
    /** From the province — <i>trong tỉnh</i>. */
    PROVINCE,
    /** From elsewhere in Vietnam. */
    DOMESTIC,
    /** Imported — <i>nhập khẩu</i>. */
    IMPORTED,
    /** Unknown origin — <i>không rõ nguồn gốc</i>. */
    UNKNOWN
}
