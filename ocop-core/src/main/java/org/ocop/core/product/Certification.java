package org.ocop.core.product;

/**
 * Quality, safety and production certifications that the sheets reward (Annex II, criteria on
 * quality management and on production standards; {@code docs/rules.md} §2).
 */
public enum Certification {
    /** ISO 9001 quality management. */
    ISO_9001,
    /** ISO 22000 food-safety management. */
    ISO_22000,
    /** HACCP. */
    HACCP,
    /** FSSC 22000. */
    FSSC_22000,
    /** VietGAP good agricultural practice. */
    VIETGAP,
    /** GlobalGAP good agricultural practice. */
    GLOBALGAP,
    /** Organic certification (national TCVN or foreign). */
    ORGANIC,
    /** Good manufacturing practice (e.g. GMP for health products). */
    GMP,
    /** Food-safety eligibility certificate — <i>giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm</i>. */
    FOOD_SAFETY_ELIGIBILITY,
    /** Another certification; describe it in the product's notes. */
    OTHER
}
