package org.ocop.core.product;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The product code printed on every criteria sheet of Decision 26/2026/QĐ-TTg Annex II:
 * <i>Mã số sản phẩm</i> {@code (T)-(X)-(STT)-20xx}: province code, commune code (administrative codes of
 * Decision 19/2025/QĐ-TTg), the running number of the product in the commune, and the evaluation year.
 *
 * <p>The sheets do not give the widths of the codes, so each part is checked only to be digits and the
 * year to be {@code 20xx}, as printed.
 */
@Value.Immutable
public interface ProductCode {

    /** The accepted format, {@code T-X-STT-20xx}. */
    Pattern FORMAT = Pattern.compile("(\\d{1,5})-(\\d{1,6})-(\\d{1,6})-(20\\d{2})");

    /** @return the province code (T) */
    String getProvinceCode();

    /** @return the commune code (X) */
    String getCommuneCode();

    /** @return the running number in the commune (STT) */
    String getSequence();

    /** @return the evaluation year */
    int getYear();

    /** @return the code as printed, e.g. {@code 01-00004-12-2026} */
    default String asString() {
        return getProvinceCode() + "-" + getCommuneCode() + "-" + getSequence() + "-" + getYear();
    }

    /** Rejects parts that would not print back into the format. */
    @Value.Check
    default void check() {
        if (!FORMAT.matcher(asString()).matches()) {
            throw new IllegalArgumentException("An OCOP product code has the form T-X-STT-20xx (digits), got '"
                    + asString() + "'");
        }
    }

    /**
     * Parses a printed code.
     *
     * @param text e.g. {@code 01-00004-12-2026}
     * @return the code
     * @throws IllegalArgumentException if the text does not have the form {@code T-X-STT-20xx}
     */
    static ProductCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A product code is required");
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("An OCOP product code has the form T-X-STT-20xx (digits), got '"
                    + text + "'");
        }
        return ImmutableProductCode.builder().provinceCode(m.group(1)).communeCode(m.group(2))
                .sequence(m.group(3)).year(Integer.parseInt(m.group(4))).build();
    }
}
