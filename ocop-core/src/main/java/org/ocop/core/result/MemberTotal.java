package org.ocop.core.result;

import java.util.Map;
import org.immutables.value.Value;
import org.ocop.core.rules.PartCode;

/** One council member's total and per-part totals (<i>tổng điểm của thành viên</i>). */
@Value.Immutable
public interface MemberTotal {

    /** @return the member's id */
    String getMemberId();

    /** @return the member's total, 0 to 100 */
    int getTotal();

    /** @return the member's total per part */
    Map<PartCode, Integer> getPartTotals();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MemberTotal}. */
    final class Builder extends ImmutableMemberTotal.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
