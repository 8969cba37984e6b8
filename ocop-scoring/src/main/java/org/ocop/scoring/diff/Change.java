package org.ocop.scoring.diff;

import java.util.Objects;

/**
 * One change of a criterion between two sheets.
 *
 * @param kind what changed
 * @param before the old value, as text (e.g. {@code "1, 3, 5"})
 * @param after the new value, as text
 */
public record Change(ChangeKind kind, String before, String after) {
    /** Checks for nulls. */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public String toString() {
        return kind + ": " + before + " → " + after;
    }
}
