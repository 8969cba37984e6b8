package org.ocop.scoring.diff;

import java.util.Objects;

/**
 * A criterion as a diff names it.
 *
 * @param code the printed code, e.g. {@code "1.a"} or {@code "1.1"}
 * @param groupCode the code of its group
 * @param name the printed (Vietnamese) name
 * @param maxPoints its maximum
 */
public record CriterionRef(String code, String groupCode, String name, int maxPoints) {
    /** Checks for nulls. */
    public CriterionRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(name, "name");
    }
}
