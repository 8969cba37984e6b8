package org.ocop.examples.text;

import org.ocop.scoring.diff.Change;
import org.ocop.scoring.diff.CriterionDiff;
import org.ocop.scoring.diff.CriterionRef;
import org.ocop.scoring.diff.SheetDiff;

/** Renders a {@link SheetDiff} for {@code ocop diff}. */
public final class DiffText {

    private DiffText() {}

    /**
     * @param diff a sheet diff
     * @return the text, ending with a newline
     */
    public static String render(SheetDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Sheet ").append(diff.sheetNumber()).append(": ").append(diff.fromRulebook()).append(" → ")
                .append(diff.toRulebook()).append('\n');
        if (diff.isEmpty()) {
            return out.append("No differences.\n").toString();
        }
        out.append(diff.added().size()).append(" added, ").append(diff.removed().size()).append(" removed, ")
                .append(diff.changed().size()).append(" changed (").append(diff.reweighted().size())
                .append(" re-weighted)\n");
        if (!diff.added().isEmpty()) {
            out.append("\nAdded:\n");
            diff.added().forEach(c -> out.append("  + ").append(ref(c)).append('\n'));
        }
        if (!diff.removed().isEmpty()) {
            out.append("\nRemoved:\n");
            diff.removed().forEach(c -> out.append("  - ").append(ref(c)).append('\n'));
        }
        if (!diff.changed().isEmpty()) {
            out.append("\nChanged:\n");
            for (CriterionDiff d : diff.changed()) {
                out.append("  ~ ").append(d.before().code().equals(d.after().code()) ? d.after().code()
                        : d.before().code() + " → " + d.after().code()).append(' ')
                        .append(TextTable.truncate(d.after().name(), 60)).append("  (matched by ")
                        .append(d.matchedBy().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
                for (Change c : d.changes()) {
                    out.append("      ").append(c.kind()).append(": ").append(TextTable.truncate(c.before(), 70))
                            .append(" → ").append(TextTable.truncate(c.after(), 70)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String ref(CriterionRef c) {
        return c.code() + " " + TextTable.truncate(c.name(), 60) + " (" + c.maxPoints() + " pts, group " + c.groupCode()
                + ")";
    }
}
