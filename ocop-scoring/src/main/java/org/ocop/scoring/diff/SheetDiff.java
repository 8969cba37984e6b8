package org.ocop.scoring.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one criteria sheet changed between two rulebooks.
 *
 * @param fromRulebook the old rulebook's id (or a label)
 * @param toRulebook the new rulebook's id (or a label)
 * @param sheetNumber the sheet number (the product set)
 * @param added criteria only on the new sheet
 * @param removed criteria only on the old sheet
 * @param matched criteria on both sheets, changed or not, in the new sheet's order
 */
public record SheetDiff(String fromRulebook, String toRulebook, int sheetNumber, List<CriterionRef> added,
        List<CriterionRef> removed, List<CriterionDiff> matched) {

    /** Checks for nulls and copies the lists. */
    public SheetDiff {
        Objects.requireNonNull(fromRulebook, "fromRulebook");
        Objects.requireNonNull(toRulebook, "toRulebook");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        matched = List.copyOf(matched);
    }

    /** @return the matched criteria that changed */
    public List<CriterionDiff> changed() {
        return matched.stream().filter(d -> !d.changes().isEmpty()).toList();
    }

    /** @return the matched criteria whose maximum changed */
    public List<CriterionDiff> reweighted() {
        return matched.stream().filter(d -> d.has(ChangeKind.MAX_POINTS)).toList();
    }

    /**
     * @param code a code on the new sheet
     * @return the matched criterion with that new code
     */
    public Optional<CriterionDiff> byNewCode(String code) {
        return matched.stream().filter(d -> d.after().code().equals(code)).findFirst();
    }

    /** @return whether the sheets have the same criteria, maxima, options and gates */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed().isEmpty();
    }
}
