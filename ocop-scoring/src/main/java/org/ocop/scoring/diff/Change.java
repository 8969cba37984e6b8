package org.ocop.scoring.diff;

import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/** One change of a criterion between two sheets. */
@OcopStyle
@Value.Immutable
public abstract class Change {

    Change() {}

    /**
     * @param kind what changed
     * @param before the old value, as text (e.g. {@code "1, 3, 5"})
     * @param after the new value, as text
     * @return the change
     */
    public static Change of(ChangeKind kind, String before, String after) {
        return ImmutableChange.of(kind, before, after);
    }

    /** @return what changed */
    @Value.Parameter
    public abstract ChangeKind getKind();

    /** @return the old value, as text (e.g. {@code "1, 3, 5"}) */
    @Value.Parameter
    public abstract String getBefore();

    /** @return the new value, as text */
    @Value.Parameter
    public abstract String getAfter();

    @Override
    public String toString() {
        return getKind() + ": " + getBefore() + " → " + getAfter();
    }
}
