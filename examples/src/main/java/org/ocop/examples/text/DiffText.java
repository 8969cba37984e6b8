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
        out.append(w.t("diff.title", diff.sheetNumber(), diff.fromRulebook(), diff.toRulebook())).append('\n');
        if (diff.isEmpty()) {
            return out.append(w.t("diff.none")).append('\n').toString();
        }
        out.append(w.t("diff.counts", diff.added().size(), diff.removed().size(), diff.changed().size(),
                diff.reweighted().size())).append('\n');
        if (!diff.added().isEmpty()) {
            out.append('\n').append(w.t("diff.added")).append('\n');
            diff.added().forEach(c -> out.append("  + ").append(ref(c, w)).append('\n'));
        }
        if (!diff.removed().isEmpty()) {
            out.append('\n').append(w.t("diff.removed")).append('\n');
            diff.removed().forEach(c -> out.append("  - ").append(ref(c, w)).append('\n'));
        }
        if (!diff.changed().isEmpty()) {
            out.append('\n').append(w.t("diff.changed")).append('\n');
            for (CriterionDiff d : diff.changed()) {
                out.append("  ~ ").append(d.before().code().equals(d.after().code()) ? d.after().code()
                        : d.before().code() + " → " + d.after().code()).append(' ')
                        .append(Safe.cell(TextTable.truncate(d.after().name(), 60))).append("  (")
                        .append(matched(d.matchedBy(), w)).append(")\n");
                for (Change c : d.changes()) {
                    out.append("      ").append(w.t("diff.kind." + c.kind().name())).append(": ")
                            .append(Safe.cell(TextTable.truncate(c.before(), 70))).append(" → ")
                            .append(Safe.cell(TextTable.truncate(c.after(), 70))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String matched(MatchedBy how, Words w) {
        return w.t("diff.matched." + how.name());
    }

    private static String ref(CriterionRef c, Words w) {
        return c.code() + " " + Safe.cell(TextTable.truncate(c.name(), 60)) + " ("
                + w.t(c.maxPoints() == 1 ? "diff.point" : "diff.points", c.maxPoints()) + ", "
                + w.t("diff.group", c.groupCode()) + ")";
    }
}
