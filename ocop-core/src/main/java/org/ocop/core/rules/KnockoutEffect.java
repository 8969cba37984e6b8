package org.ocop.core.rules;

/**
 * What a knock-out note on a sheet says happens, as classified from its printed wording (data README of
 * {@code qd-26-2026}). Whether a halt rejects the dossier or scores the rest 0 is not defined by the
 * decision; the scoring policy decides (docs/rules.md §3.6 ⚖).
 */
public enum KnockoutEffect {
    /** "bị loại", "bị loại bỏ", "không đánh giá những sản phẩm …": the product is eliminated. */
    REJECT,
    /** "không đánh giá các bước tiếp theo", "không xem xét các chỉ tiêu khác": evaluation stops. */
    HALT_EVALUATION
}
