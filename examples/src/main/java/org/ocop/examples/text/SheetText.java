package org.ocop.examples.text;

import java.util.List;
import java.util.Locale;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.SheetPart;

/**
 * Renders a criteria sheet as an indented outline: parts, groups, criteria with their maximum, and every
 * scoring option with its index (the number an evaluation document uses), points and star gate.
 */
public final class SheetText {

    private SheetText() {}

    /**
     * @param rulebookId the rulebook the sheet belongs to
     * @param sheet the sheet
     * @param locale {@code vi} for Vietnamese, anything else English
     * @return the outline, ending with a newline
     */
    public static String outline(String rulebookId, CriteriaSheet sheet, Locale locale) {
        return outline(rulebookId, sheet, Words.of(locale));
    }

    /**
     * @param rulebookId the rulebook the sheet belongs to
     * @param sheet the sheet
     * @param w the words (and the language of names from the data)
     * @return the outline, ending with a newline
     */
    public static String outline(String rulebookId, CriteriaSheet sheet, Words w) {
        Locale locale = w.locale();
        StringBuilder out = new StringBuilder();
        out.append(w.t("sheet.title", rulebookId, sheet.getNumber(), sheet.getName().in(locale), sheet.getMaxPoints()))
                .append('\n');
        sheet.getIncompleteReason().ifPresent(r -> out.append(w.t("sheet.incomplete", r)).append('\n'));
        sheet.getDisqualifiers().forEach(d -> out.append(d).append('\n'));
        out.append(w.t("sheet.legend")).append('\n');
        for (SheetPart part : sheet.getParts()) {
            out.append('\n').append(part.getCode()).append("  ").append(part.getName().in(locale)).append("  (")
                    .append(part.getMaxPoints()).append(")\n");
            for (CriterionGroup group : part.getGroups()) {
                out.append("  ").append(group.getCode()).append(". ").append(group.getName().in(locale)).append("  (")
                        .append(group.getMaxPoints()).append(")\n");
                group.getKnockout().ifPresent(k -> out.append("      ").append(w.t("sheet.knockout")).append(' ').append(k.getText().in(locale))
                        .append('\n'));
                for (Criterion c : group.getCriteria()) {
                    criterion(out, c, "    ", w);
                }
            }
        }
        sheet.getNotes().forEach(n -> out.append('\n').append(n).append('\n'));
        return out.toString();
    }

    private static void criterion(StringBuilder out, Criterion c, String indent, Words w) {
        Locale locale = w.locale();
        if (!c.isImplicit()) {
            out.append(indent).append(c.getCode()).append(' ').append(c.getName().in(locale)).append("  (")
                    .append(c.getMaxPoints()).append(kind(c, w)).append(")\n");
        }
        String inner = c.isImplicit() ? indent : indent + "  ";
        c.getCondition().ifPresent(t -> out.append(inner).append(w.t("sheet.onlyWhen")).append(' ').append(t.in(locale)).append('\n'));
        c.getKnockout().ifPresent(k -> out.append(inner).append(w.t("sheet.knockout")).append(' ').append(k.getText().in(locale))
                .append('\n'));
        for (Criterion sub : c.getSubCriteria()) {
            criterion(out, sub, inner, w);
        }
        List<CriterionOption> options = c.getScoringOptions();
        for (int i = 0; i < options.size(); i++) {
            if (c.getKind() == CriterionKind.ALTERNATIVES && isCaseStart(c, i)) {
                out.append(inner).append(c.getAlternatives().get(c.caseOf(i)).getLabel().in(locale)).append('\n');
            }
            CriterionOption o = options.get(i);
            out.append(inner).append("  [").append(i).append("] ").append(String.format("%2d", o.getPoints()))
                    .append("  ").append(o.getText().in(locale))
                    .append(o.getMinStar().map(s -> "  " + w.t("sheet.gate", s.symbol())).orElse("")).append('\n');
        }
    }

    private static boolean isCaseStart(Criterion c, int index) {
        return index == 0 || c.caseOf(index) != c.caseOf(index - 1);
    }

    private static String kind(Criterion c, Words w) {
        switch (c.getKind()) {
            case BINARY:
            case CONDITIONAL:
            case ALTERNATIVES:
                return ", " + w.t("sheet.kind." + c.getKind().name());
            default:
                return "";
        }
    }
}
