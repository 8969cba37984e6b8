package org.ocop.scoring.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * A commune identified by its province and commune codes (administrative codes of Decision 19/2025/QĐ-TTg;
 * docs/rules.md §2), the key of commune counts in a report.
 *
 * @param provinceCode the province code (<i>mã tỉnh</i>)
 * @param communeCode the commune code (<i>mã xã</i>)
 */
public record CommuneKey(String provinceCode, String communeCode) implements Comparable<CommuneKey> {

    private static final Comparator<CommuneKey> ORDER =
            Comparator.comparing(CommuneKey::provinceCode).thenComparing(CommuneKey::communeCode);

    /**
     * @param provinceCode the province code
     * @param communeCode the commune code
     */
    public CommuneKey {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(communeCode, "communeCode");
    }

    @Override
    public int compareTo(CommuneKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return provinceCode + "-" + communeCode;
    }
}
