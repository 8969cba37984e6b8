package org.ocop.scoring.report;

import java.util.Comparator;
import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/**
 * A commune identified by its province and commune codes (administrative codes of Decision 19/2025/QĐ-TTg;
 * docs/rules.md §2), the key of commune counts in a report.
 */
@OcopStyle
@Value.Immutable
public abstract class CommuneKey implements Comparable<CommuneKey> {

    private static final Comparator<CommuneKey> ORDER =
            Comparator.comparing(CommuneKey::getProvinceCode).thenComparing(CommuneKey::getCommuneCode);

    CommuneKey() {}

    /**
     * @param provinceCode the province code (<i>mã tỉnh</i>)
     * @param communeCode the commune code (<i>mã xã</i>)
     * @return the key
     */
    public static CommuneKey of(String provinceCode, String communeCode) {
        return ImmutableCommuneKey.of(provinceCode, communeCode);
    }

    /** @return the province code (<i>mã tỉnh</i>) */
    @Value.Parameter
    public abstract String getProvinceCode();

    /** @return the commune code (<i>mã xã</i>) */
    @Value.Parameter
    public abstract String getCommuneCode();

    @Override
    public int compareTo(CommuneKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return getProvinceCode() + "-" + getCommuneCode();
    }
}
