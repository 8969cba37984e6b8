package org.ocop.scoring.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.OcopStyle;

/** How one criteria sheet changed between two rulebooks. */
@OcopStyle
@Value.Immutable
public abstract class SheetDiff {

    SheetDiff() {}

    /**
     * @param fromRulebook the old rulebook's id (or a label)
     * @param toRulebook the new rulebook's id (or a label)
     * @param sheetNumber the sheet number (the product set)
     * @param added criteria only on the new sheet
     * @param removed criteria only on the old sheet
     * @param matched criteria on both sheets, changed or not, in the new sheet's order
     * @return the diff
     */
    public static SheetDiff of(String fromRulebook, String toRulebook, int sheetNumber, List<CriterionRef> added,
            List<CriterionRef> removed, List<CriterionDiff> matched) {
        return ImmutableSheetDiff.of(fromRulebook, toRulebook, sheetNumber, added, removed, matched);
    }

    /** @return the old rulebook's id (or a label) */
    @Value.Parameter
    public abstract String getFromRulebook();

    /** @return the new rulebook's id (or a label) */
    @Value.Parameter
    public abstract String getToRulebook();

    /** @return the sheet number (the product set) */
    @Value.Parameter
    public abstract int getSheetNumber();

    /** @return criteria only on the new sheet */
    @Value.Parameter
    public abstract List<CriterionRef> getAdded();

    /** @return criteria only on the old sheet */
    @Value.Parameter
    public abstract List<CriterionRef> getRemoved();

    /** @return criteria on both sheets, changed or not, in the new sheet's order */
    @Value.Parameter
    public abstract List<CriterionDiff> getMatched();

    /** @return the matched criteria that changed */
    public List<CriterionDiff> getChanged() {
        return getMatched().stream().filter(d -> !d.getChanges().isEmpty()).toList();
    }

    /** @return the matched criteria whose maximum changed */
    public List<CriterionDiff> getReweighted() {
        return getMatched().stream().filter(d -> d.has(ChangeKind.MAX_POINTS)).toList();
    }

    /**
     * @param code a code on the new sheet
     * @return the matched criterion with that new code
     */
    public Optional<CriterionDiff> byNewCode(String code) {
        return getMatched().stream().filter(d -> d.getAfter().getCode().equals(code)).findFirst();
    }

    /** @return whether the sheets have the same criteria, maxima, options and gates */
    public boolean isEmpty() {
        return getAdded().isEmpty() && getRemoved().isEmpty() && getChanged().isEmpty();
    }
}
