package org.ocop.core.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a producer is registered: province and commune by their administrative codes.
 *
 * <p>Since 1 July 2025 Vietnam has 34 provinces and no districts; administrative unit codes follow
 * Decision 19/2025/QĐ-TTg ({@code docs/rules.md} §2). The code widths are not given by the sources this
 * project holds, so codes are checked only to be digits.
 */
@Value.Immutable
public interface Address {

    /** @return the province code (<i>mã tỉnh</i>), digits */
    @NotBlank
    @Pattern(regexp = "\\d{1,5}", message = "{org.ocop.digits}")
    String getProvinceCode();

    /** @return the commune code (<i>mã xã</i>), digits */
    @NotBlank
    @Pattern(regexp = "\\d{1,6}", message = "{org.ocop.digits}")
    String getCommuneCode();

    /** @return the province name, if recorded */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getProvinceName();

    /** @return the commune name, if recorded */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getCommuneName();

    /** @return the street address, if recorded */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getStreet();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Address}. */
    final class Builder extends ImmutableAddress.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
