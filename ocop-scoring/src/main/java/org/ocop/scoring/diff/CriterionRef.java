package org.ocop.scoring.diff;

import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/** A criterion as a diff names it. */
@OcopStyle
@Value.Immutable
public abstract class CriterionRef {

    CriterionRef() {}

    /**
     * @param code the printed code
     * @param groupCode the code of its group
     * @param name the printed name
     * @param maxPoints its maximum
     * @return the reference
     */
    public static CriterionRef of(String code, String groupCode, String name, int maxPoints) {
        return ImmutableCriterionRef.of(code, groupCode, name, maxPoints);
    }

    /** @return the printed code, e.g. {@code "1.a"} or {@code "1.1"} */
    @Value.Parameter
    public abstract String getCode();

    /** @return the code of its group */
    @Value.Parameter
    public abstract String getGroupCode();

    /** @return the printed (Vietnamese) name */
    @Value.Parameter
    public abstract String getName();

    /** @return its maximum */
    @Value.Parameter
    public abstract int getMaxPoints();
}
