package org.ocop.core.product;

/**
 * Intellectual-property rights that the sheets reward under "intellectual property"
 * (<i>sở hữu trí tuệ</i>) criteria of Annex II.
 */
public enum IntellectualProperty {
    /** Registration filed, not yet granted — <i>đơn đăng ký nhãn hiệu</i>. */
    TRADEMARK_APPLICATION,
    /** Granted trademark — <i>nhãn hiệu</i>. */
    TRADEMARK,
    /** Collective mark — <i>nhãn hiệu tập thể</i>. */
    COLLECTIVE_MARK,
    /** Certification mark — <i>nhãn hiệu chứng nhận</i>. */
    CERTIFICATION_MARK,
    /** Geographical indication — <i>chỉ dẫn địa lý</i>. */
    GEOGRAPHICAL_INDICATION,
    /** Industrial design — <i>kiểu dáng công nghiệp</i>. */
    INDUSTRIAL_DESIGN,
    /** Patent or utility solution — <i>sáng chế, giải pháp hữu ích</i>. */
    PATENT
}
