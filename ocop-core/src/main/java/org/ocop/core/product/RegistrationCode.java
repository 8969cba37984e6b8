package org.ocop.core.product;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A business or tax registration code (<i>mã số doanh nghiệp / mã số thuế</i>).
 *
 * <p>Vietnamese enterprise codes are 10 digits; a dependent unit (branch) adds a hyphen and 3 digits, as
 * in {@code 0101234567-001} (Law on Tax Administration and Decree 01/2021/NĐ-CP on enterprise
 * registration). No check digit is verified: the sources used by this project do not give the algorithm.
 */
@Value.Immutable
public interface RegistrationCode {

    /** The accepted format: 10 digits, optionally followed by {@code -} and 3 digits. */
    Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");

    /** @return the code as written, e.g. {@code 0101234567} or {@code 0101234567-001} */
    @Value.Parameter
    String getValue();

    /** @return whether this is a branch (dependent unit) code */
    default boolean isBranch() {
        return getValue().length() == 14;
    }

    /** Rejects a code that does not have the format. */
    @Value.Check
    default void check() {
        if (!FORMAT.matcher(getValue()).matches()) {
            throw new IllegalArgumentException("A registration code is 10 digits, or 10 digits, '-' and 3 digits"
                    + " for a branch; got '" + getValue() + "'");
        }
    }

    /**
     * @param value the code
     * @return the code
     * @throws IllegalArgumentException if it does not have the format
     */
    static RegistrationCode of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("A registration code is required");
        }
        return ImmutableRegistrationCode.of(value.strip());
    }
}
