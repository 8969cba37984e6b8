package org.ocop.examples.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.SheetPart;

/**
 * Renders a {@link ScoreResult} as text: a one-line summary for tables and the full breakdown of
 * {@code ocop explain}. Averages are shown with two decimals (display rounding only; the result keeps the
 * exact values, {@code ocop-rules.md} §3.3).
 */
public final class ResultText {

    private ResultText() {}

    /**
     * @param value an exact average
     * @return the value with two decimals, half-up
     */
    public static String points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * @param result a result
     * @return e.g. {@code 4★}, {@code 3★ (not final)}, or {@code disqualified}
     */
    public static String stars(ScoreResult result) {
        if (result.getOutcome() == Outcome.DISQUALIFIED) {
            return "disqualified";
        }
        String stars = result.getStars().map(s -> s.symbol()).orElse("—");
        return result.getOutcome() == Outcome.NOT_FINAL ? stars + " (not final)" : stars;
    }

    /**
     * The gates that hold the rank below its band: failed gates of the band's rank or lower (gates of higher
     * ranks fail for every product below them and say nothing about this rank).
     *
     * @param result a result
     * @return those gates as {@code code(rank)}, comma-separated, or {@code —}
     */
    public static String cappingGates(ScoreResult result) {
        List<GateCheck> capping = result.failedGates().stream()
                .filter(g -> g.getStar().compareTo(result.getBand()) <= 0).toList();
        if (capping.isEmpty()) {
            return "—";
        }
        return capping.stream().map(g -> g.getCriterionCode() + "(" + g.getStar().symbol() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * @param result a result
     * @return the next-star plan on one line, e.g. {@code 5★: +2.40 pts in 3 steps: 8.1 1→2, 9 0→1, 4.3 1→4},
     *     at most four steps shown, or {@code —} when there is none
     */
    public static String nextStarLine(ScoreResult result) {
        if (result.getNextStar().isEmpty()) {
            return "—";
        }
        NextStarAdvice advice = result.getNextStar().get();
        StringBuilder line = new StringBuilder(advice.getTarget().symbol()).append(": ");
        if (!advice.isReachable()) {
            return line.append("not reachable on this sheet").toString();
        }
        if (advice.getPointsLacking().signum() > 0) {
            line.append('+').append(points(advice.getPointsLacking())).append(" pts");
        } else {
            line.append("gates only");
        }
        List<PlanStep> plan = advice.getPlan();
        if (!plan.isEmpty()) {
            line.append(" in ").append(plan.size()).append(plan.size() == 1 ? " step: " : " steps: ")
                    .append(plan.stream().limit(4).map(ResultText::step).collect(Collectors.joining(", ")))
                    .append(plan.size() > 4 ? ", …" : "");
        }
        return line.toString();
    }

    private static String step(PlanStep s) {
        return s.getCriterionCode() + " " + s.getFromOption() + "→" + s.getToOption();
    }

    /**
     * The full breakdown of {@code ocop explain}.
     *
     * @param evaluation the evaluation scored
     * @param sheet the sheet it was scored on
     * @param result the result
     * @param locale the language of criterion names ({@code vi} or {@code en})
     * @return the text, ending with a newline
     */
    public static String explain(Evaluation evaluation, CriteriaSheet sheet, ScoreResult result, Locale locale) {
        StringBuilder out = new StringBuilder();
        var product = evaluation.getProduct();
        out.append(product.getName().in(locale)).append("  [").append(product.getId()).append("]\n");
        out.append("Producer:  ").append(product.getProducer().getLegalName()).append(" (")
                .append(product.getProducer().getType().label().in(locale)).append(")\n");
        out.append("Rulebook:  ").append(result.getRulebookId()).append(", sheet ").append(sheet.getNumber())
                .append(": ").append(sheet.getName().in(locale)).append('\n');
        out.append("Submitted: ").append(evaluation.getSubmittedOn()).append(" (")
                .append(evaluation.getType().label().in(locale)).append(")\n\n");

        out.append("Council (").append(evaluation.getCouncil().getLevel().label().in(locale)).append(", ")
                .append(result.getMemberTotals().size()).append(result.getMemberTotals().size() == 1 ? " sheet)\n"
                        : " sheets)\n");
        TextTable members = new TextTable("Member", "Name", ">Total", ">A", ">B", ">C");
        for (MemberTotal t : result.getMemberTotals()) {
            String name = evaluation.getCouncil().getMembers().stream().filter(m -> m.getId().equals(t.getMemberId()))
                    .findFirst().map(CouncilMember::getName).orElse("");
            members.row(t.getMemberId(), name, t.getTotal(), partTotal(t, "A"), partTotal(t, "B"), partTotal(t, "C"));
        }
        indent(out, members.render());

        out.append("\nAverage ").append(points(result.getAverageScore())).append(" → band ")
                .append(result.getBand().symbol()).append('\n');
        TextTable parts = new TextTable("Part / group", ">Average", ">Max");
        for (SheetPart part : sheet.getParts()) {
            BigDecimal pa = result.getPartAverages().getOrDefault(part.getCode(), BigDecimal.ZERO);
            parts.row(part.getCode() + "  " + part.getName().in(locale), points(pa), part.getMaxPoints());
            for (CriterionGroup g : part.getGroups()) {
                BigDecimal ga = result.getGroupAverages().getOrDefault(g.getCode(), BigDecimal.ZERO);
                parts.row("   " + g.getCode() + ". " + TextTable.truncate(g.getName().in(locale), 60), points(ga),
                        g.getMaxPoints());
            }
        }
        indent(out, parts.render());

        out.append("\nStar gates (").append(result.getGates().size()).append(", ")
                .append(result.failedGates().size()).append(" failed)\n");
        if (!result.getGates().isEmpty()) {
            TextTable gates = new TextTable("", "Criterion", "Rank", "Needs at least", "Members' options");
            for (GateCheck g : result.getGates()) {
                Optional<Criterion> c = sheet.criterion(g.getCriterionCode());
                String needs = c.map(cr -> optionLabel(cr, g.getRequiredOption(), locale)).orElse("");
                gates.row(g.isMet() ? "✓" : "✗", g.getCriterionCode(), g.getStar().symbol(),
                        "[" + g.getRequiredOption() + "] " + TextTable.truncate(needs, 50), choices(g.getMemberChoices()));
            }
            indent(out, gates.render());
        }

        out.append("\nKnock-outs: ");
        if (result.getKnockouts().isEmpty()) {
            out.append("none\n");
        } else {
            out.append('\n');
            for (KnockoutFinding k : result.getKnockouts()) {
                out.append("  ✗ ").append(k.getCode().map(c -> c + ": ").orElse("sheet: ")).append(k.getReason())
                        .append('\n');
            }
        }

        out.append("\nOutcome: ").append(result.getOutcome());
        if (result.getOutcome() != Outcome.DISQUALIFIED) {
            out.append(", ").append(stars(result));
        }
        if (result.isRecognisable()) {
            out.append(", recognisable");
            result.getRecognitionLevel().ifPresent(l -> out.append(" by the ").append(l.label().in(Locale.ENGLISH))
                    .append(" level (").append(l.label().getVi()).append(')'));
        } else {
            out.append(", not recognisable");
        }
        out.append('\n');
        if (result.isFiveStarPotential()) {
            out.append("5★ potential: the average is 90 or more; the dossier goes to the central council\n");
        }
        result.getNotFinalReasons().forEach(r -> out.append("Not final: ").append(r).append('\n'));

        out.append("\nNext star: ");
        if (result.getNextStar().isEmpty()) {
            out.append("—\n");
        } else {
            NextStarAdvice a = result.getNextStar().get();
            out.append(a.getTarget().symbol()).append(a.isReachable() ? "" : " (not reachable on this sheet)")
                    .append(", lacking ").append(points(a.getPointsLacking())).append(" points");
            if (!a.getFailingGates().isEmpty()) {
                out.append(", failing gates ").append(String.join(", ", a.getFailingGates()));
            }
            out.append('\n');
            for (PlanStep s : a.getPlan()) {
                String name = sheet.criterion(s.getCriterionCode()).map(c -> c.getName().in(locale)).orElse("");
                out.append("  • ").append(s.getCriterionCode()).append(' ').append(TextTable.truncate(name, 50))
                        .append(": option ").append(s.getFromOption()).append(" → ").append(s.getToOption())
                        .append(" (+").append(points(s.getPointsGained())).append(")\n");
            }
        }
        result.getWarnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static String partTotal(MemberTotal t, String code) {
        return t.getPartTotals().entrySet().stream().filter(e -> e.getKey().name().equals(code))
                .map(e -> String.valueOf(e.getValue())).findFirst().orElse("");
    }

    private static String optionLabel(Criterion c, int index, Locale locale) {
        List<CriterionOption> options = c.getScoringOptions();
        return index >= 0 && index < options.size() ? options.get(index).getText().in(locale) : "";
    }

    private static String choices(Map<String, Integer> byMember) {
        return byMember.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static void indent(StringBuilder out, String block) {
        block.lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }
}
