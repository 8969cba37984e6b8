package org.ocop.scoring.diff;

import java.util.List;
import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/** A criterion present on both sheets, how it was matched and what changed. */
@OcopStyle
@Value.Immutable
public abstract class CriterionDiff {

    CriterionDiff() {}

    /**
     * @param before the criterion on the old sheet
     * @param after the criterion on the new sheet
     * @param matchedBy how the two were paired
     * @param changes what changed, empty when nothing did
     * @return the diff
     */
    public static CriterionDiff of(CriterionRef before, CriterionRef after, MatchedBy matchedBy,
            List<Change> changes) {
        return ImmutableCriterionDiff.of(before, after, matchedBy, changes);
    }

    /** @return the criterion on the old sheet */
    @Value.Parameter
    public abstract CriterionRef getBefore();

    /** @return the criterion on the new sheet */
    @Value.Parameter
    public abstract CriterionRef getAfter();

    /** @return how the two were paired */
    @Value.Parameter
    public abstract MatchedBy getMatchedBy();

    /** @return what changed, empty when nothing did */
    @Value.Parameter
    public abstract List<Change> getChanges();

    /**
     * @param kind a kind of change
     * @return whether the criterion changed that way
     */
    public boolean has(ChangeKind kind) {
        return getChanges().stream().anyMatch(c -> c.getKind() == kind);
    }
}
