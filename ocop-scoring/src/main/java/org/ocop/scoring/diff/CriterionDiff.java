package org.ocop.scoring.diff;

import java.util.List;
import java.util.Objects;

/**
 * A criterion present on both sheets, how it was matched and what changed.
 *
 * @param before the criterion on the old sheet
 * @param after the criterion on the new sheet
 * @param matchedBy how the two were paired
 * @param changes what changed, empty when nothing did
 */
public record CriterionDiff(CriterionRef before, CriterionRef after, MatchedBy matchedBy, List<Change> changes) {
    /** Checks for nulls and copies the list. */
    public CriterionDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(matchedBy, "matchedBy");
        changes = List.copyOf(changes);
    }

    /**
     * @param kind a kind of change
     * @return whether the criterion changed that way
     */
    public boolean has(ChangeKind kind) {
        return changes.stream().anyMatch(c -> c.kind() == kind);
    }
}
