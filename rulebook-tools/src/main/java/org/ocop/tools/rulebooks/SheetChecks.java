package org.ocop.tools.rulebooks;

import java.util.ArrayList;
import java.util.List;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.SheetPart;

/**
 * The arithmetic checks of the data's VALIDATION.md files ({@code total}, {@code part}, {@code group},
 * {@code criterion}, {@code points}), run on converted values and collecting <em>every</em> failure (the
 * core's {@code CriteriaSheet} check stops at the first), so that an incomplete sheet can say all that is
 * wrong with it.
 */
final class SheetChecks {

    private SheetChecks() {}

    /**
     * @param sheetMax the printed sheet total
     * @param parts the sheet's parts
     * @return every failure, in printed order; empty when the sheet adds up
     */
    static List<String> failures(int sheetMax, List<SheetPart> parts) {
        List<String> out = new ArrayList<>();
        int total = 0;
        for (SheetPart part : parts) {
            int groups = 0;
            for (CriterionGroup group : part.getGroups()) {
                int criteria = 0;
                for (Criterion c : group.getCriteria()) {
                    criterion(c, out);
                    criteria += c.getMaxPoints();
                }
                expect(out, "group " + group.getCode(), group.getMaxPoints(), "the sum of its criteria", criteria);
                groups += group.getMaxPoints();
            }
            expect(out, "part " + part.getCode(), part.getMaxPoints(), "the sum of its groups", groups);
            total += part.getMaxPoints();
        }
        expect(out, "sheet", sheetMax, "the sum of its parts", total);
        return out;
    }

    private static void criterion(Criterion c, List<String> out) {
        String where = "criterion " + c.getCode();
        // blank and not corrected: the converter stores 0 for "no maximum transcribed"
        boolean blankMax = c.getPrintedMax().map(String::isBlank).orElse(false) && c.getMaxPoints() == 0;
        switch (c.getKind()) {
            case COMPOSITE:
                int sum = 0;
                for (Criterion sub : c.getSubCriteria()) {
                    criterion(sub, out);
                    sum += sub.getMaxPoints();
                }
                expect(out, where, c.getMaxPoints(), "the sum of its sub-criteria", sum);
                return;
            case BINARY:
                if (c.getMaxPoints() <= 0) {
                    out.add(where + ": a binary criterion needs a positive maximum");
                }
                return;
            case ALTERNATIVES:
                for (int i = 0; i < c.getAlternatives().size(); i++) {
                    Alternative a = c.getAlternatives().get(i);
                    String at = where + " case " + (i + 1);
                    Integer best = best(at, a.getOptions(), out);
                    if (best != null) {
                        expect(out, at, c.getMaxPoints(), "its best option", best);
                    }
                    a.getPrintedMax().ifPresent(m -> expect(out, at, m, "the criterion maximum", c.getMaxPoints()));
                }
                return;
            default:
                Integer best = best(where, c.getOptions(), out);
                if (blankMax) {
                    out.add(where + ": maximum not transcribed (blank)" + (best == null ? "" : ", best option " + best));
                } else if (best != null) {
                    expect(out, where, c.getMaxPoints(), "its best option", best);
                }
        }
    }

    /** @return the best option's points, or null when some option's points are unknown (reported) */
    private static Integer best(String where, List<CriterionOption> options, List<String> out) {
        int best = Integer.MIN_VALUE;
        boolean known = true;
        for (int i = 0; i < options.size(); i++) {
            CriterionOption o = options.get(i);
            if (!o.isPointsKnown()) {
                out.add(where + ", option " + (i + 1) + ": points not an integer (transcribed '"
                        + o.getPrinted().orElse("") + "')");
                known = false;
            } else {
                best = Math.max(best, o.getPoints());
            }
        }
        return known && !options.isEmpty() ? best : null;
    }

    private static void expect(List<String> out, String where, int max, String against, int actual) {
        if (max != actual) {
            out.add(where + ": maximum " + max + " != " + against + " " + actual);
        }
    }
}
