package org.ocop.core.result;

import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.ocop.core.rules.PartCode;

/**
 * One council member's total and per-part totals (<i>tổng điểm của thành viên</i>). The per-part totals are
 * one immutable {@link PartTotals}, taken as given when it already is one (not copied).
 */
@Value.Immutable
public abstract class MemberTotal {

    /** For the generated implementation. */
    MemberTotal() {}

    /** @return the member's id */
    public abstract String getMemberId();

    /** @return the member's total, 0 to 100 */
    public abstract int getTotal();

    /** @return the member's total per part */
    public Map<PartCode, Integer> getPartTotals() {
        return getParts();
    }

    /** @return the per-part totals, the stored form of {@link #getPartTotals()} (an attribute, not copied) */
    @Value.Default
    PartTotals getParts() {
        return PartTotals.of();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MemberTotal}. */
    public static final class Builder extends ImmutableMemberTotal.Builder {
        private PartTotals set = PartTotals.of();

        /** Creates an empty builder. */
        public Builder() {}

        /**
         * @param partTotals the member's total per part (kept as it is when it is a {@link PartTotals}, copied
         *     otherwise); replaces the totals set before
         * @return this builder
         */
        public Builder partTotals(Map<PartCode, Integer> partTotals) {
            set = PartTotals.copyOf(partTotals);
            parts(set);
            return this;
        }

        /**
         * Adds one part's total to those given to this builder by {@link #partTotals} and this method (not to
         * those copied by {@code from}).
         *
         * @param part the part
         * @param total its points
         * @return this builder
         */
        public Builder putPartTotal(PartCode part, int total) {
            Map<PartCode, Integer> more = new EnumMap<>(PartCode.class);
            more.putAll(set);
            more.put(part, total);
            return partTotals(more);
        }
    }
}
