package org.ocop.examples.text;

import org.ocop.scoring.diff.Change;
import org.ocop.scoring.diff.CriterionDiff;
import org.ocop.scoring.diff.CriterionRef;
import org.ocop.scoring.diff.MatchedBy;
import org.ocop.scoring.diff.SheetDiff;

/** Renders a {@link SheetDiff} for {@code ocop diff}. */
public final class DiffText {

    private DiffText() {}

    /**
     * @param diff a sheet diff
     * @param w the words
     * @return the text, ending with a newline
     */
    public static String render(SheetDiff diff, Words w) {
        StringBuilder out = new StringBuilder();
        out.append(w.t("diff.title", diff.getSheetNumber(), diff.getFromRulebook(), diff.getToRulebook())).append('\n');
        if (diff.isEmpty()) {
            return out.append(w.t("diff.none")).append('\n').toString();
        }
        out.append(w.t("diff.counts", diff.getAdded().size(), diff.getRemoved().size(), diff.getChanged().size(),
                diff.getReweighted().size())).append('\n');
        if (!diff.getAdded().isEmpty()) {
            out.append('\n').append(w.t("diff.added")).append('\n');
            diff.getAdded().forEach(c -> out.append("  + ").append(ref(c, w)).append('\n'));
        }
        if (!diff.getRemoved().isEmpty()) {
            out.append('\n').append(w.t("diff.removed")).append('\n');
            diff.getRemoved().forEach(c -> out.append("  - ").append(ref(c, w)).append('\n'));
        }
        if (!diff.getChanged().isEmpty()) {
            out.append('\n').append(w.t("diff.changed")).append('\n');
            for (CriterionDiff d : diff.getChanged()) {
                out.append("  ~ ").append(d.getBefore().getCode().equals(d.getAfter().getCode()) ? d.getAfter().getCode()
                        : d.getBefore().getCode() + " → " + d.getAfter().getCode()).append(' ')
                        .append(Safe.cell(TextTable.truncate(d.getAfter().getName(), 60))).append("  (")
                        .append(matched(d.getMatchedBy(), w)).append(")\n");
                for (Change c : d.getChanges()) {
                    out.append("      ").append(w.t("diff.kind." + c.getKind().name())).append(": ")
                            .append(Safe.cell(TextTable.truncate(c.getBefore(), 70))).append(" → ")
                            .append(Safe.cell(TextTable.truncate(c.getAfter(), 70))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String matched(MatchedBy how, Words w) {
        return w.t("diff.matched." + how.name());
    }

    private static String ref(CriterionRef c, Words w) {
        return c.getCode() + " " + Safe.cell(TextTable.truncate(c.getName(), 60)) + " ("
                + w.t(c.getMaxPoints() == 1 ? "diff.point" : "diff.points", c.getMaxPoints()) + ", "
                + w.t("diff.group", c.getGroupCode()) + ")";
    }
}
