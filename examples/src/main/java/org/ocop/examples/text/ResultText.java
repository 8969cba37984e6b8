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
 * exact values, {@code docs/rules.md} §3.3).
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
     * @param w the words
     * @return e.g. {@code 4★}, {@code 3★ (not final)}, or {@code disqualified}
     */
    public static String stars(ScoreResult result, Words w) {
        if (result.getOutcome() == Outcome.DISQUALIFIED) {
            return w.t("outcome.DISQUALIFIED");
        }
        String stars = result.getStars().map(s -> s.symbol()).orElse("—");
        return result.getOutcome() == Outcome.NOT_FINAL ? stars + " (" + w.t("outcome.NOT_FINAL") + ")" : stars;
    }

    /**
     * The one place where a result's warnings are rendered: each structured note in the words' language.
     *
     * @param result a result
     * @param w the words
     * @return its warnings, one text each
     */
    public static List<String> warnings(ScoreResult result, Words w) {
        return result.getWarnings().stream().map(n -> n.text(w.locale())).toList();
    }

    /**
     * @param result a result
     * @param w the words
     * @return why it is not final, one text each (rendered in the same one place as the warnings)
     */
    public static List<String> notFinalReasons(ScoreResult result, Words w) {
        return result.getNotFinalReasons().stream().map(n -> n.text(w.locale())).toList();
    }

    /**
     * The gates that hold the rank below its band: failed gates of the band's rank or lower (gates of higher
     * ranks fail for every product below them and say nothing about this rank).
     *
     * @param result a result
     * @return those gates as {@code code(rank)}, comma-separated, or {@code —}
     */
    public static String cappingGates(ScoreResult result) {
        List<GateCheck> capping = result.getFailedGates().stream()
                .filter(g -> g.getStar().compareTo(result.getBand()) <= 0).toList();
        if (capping.isEmpty()) {
            return "—";
        }
        return capping.stream().map(g -> g.getCriterionCode() + "(" + g.getStar().symbol() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * @param result a result
     * @param w the words
     * @return the next-star plan on one line, in words, e.g. {@code 4★: average +0.17; every member to 1.5
     *     option 2 (+0.67)}, at most three steps shown, or {@code —} when there is none
     */
    public static String nextStarLine(ScoreResult result, Words w) {
        if (result.getNextStar().isEmpty()) {
            return "—";
        }
        NextStarAdvice advice = result.getNextStar().get();
        StringBuilder line = new StringBuilder(advice.getTarget().symbol()).append(": ");
        if (!advice.isReachable()) {
            return line.append(w.t("next.unreachable")).toString();
        }
        line.append(advice.getPointsLacking().signum() > 0 ? w.t("next.lacking", points(advice.getPointsLacking()))
                : w.t("next.gatesOnly"));
        List<PlanStep> plan = advice.getPlan();
        if (!plan.isEmpty()) {
            line.append("; ").append(w.t("next.everyMember")).append(' ')
                    .append(plan.stream().limit(3).map(s -> w.t("next.step", s.getCriterionCode(), s.getToOption(),
                            points(s.getPointsGained()))).collect(Collectors.joining(", ")))
                    .append(plan.size() > 3 ? ", …" : "");
        }
        return line.toString();
    }

    /**
     * The full breakdown of {@code ocop explain}, naming the rulebook by its id.
     *
     * @param evaluation the evaluation scored
     * @param sheet the sheet it was scored on
     * @param result the result
     * @param locale {@code vi} for Vietnamese, anything else English
     * @return the text, ending with a newline
     */
    public static String explain(Evaluation evaluation, CriteriaSheet sheet, ScoreResult result, Locale locale) {
        return explain(evaluation, sheet, result, result.getRulebookId(), Words.of(locale));
    }

    /**
     * The full breakdown of {@code ocop explain}.
     *
     * @param evaluation the evaluation scored
     * @param sheet the sheet it was scored on
     * @param result the result
     * @param rulebook which rulebook and why, described
     * @param w the words (and the language of names from the data)
     * @return the text, ending with a newline
     */
    public static String explain(Evaluation evaluation, CriteriaSheet sheet, ScoreResult result, String rulebook,
            Words w) {
        Locale locale = w.locale();
        StringBuilder out = new StringBuilder();
        var product = evaluation.getProduct();
        out.append(Safe.cell(product.getName().in(locale))).append("  [").append(Safe.cell(product.getId()))
                .append("]\n");
        out.append(w.t("explain.producer", Safe.cell(product.getProducer().getLegalName()),
                product.getProducer().getType().label().in(locale))).append('\n');
        out.append(w.t("explain.rulebook", rulebook)).append('\n');
        out.append(w.t("explain.sheet", sheet.getNumber(), sheet.getName().in(locale))).append('\n');
        out.append(w.t("explain.submitted", evaluation.getSubmittedOn().toString(),
                evaluation.getType().label().in(locale))).append("\n\n");

        out.append(w.t("explain.council", evaluation.getCouncil().getLevel().label().in(locale),
                result.getMemberTotals().size())).append('\n');
        TextTable members = new TextTable(w.t("col.member"), w.t("col.name"), ">" + w.t("col.total"), ">A", ">B", ">C");
        for (MemberTotal t : result.getMemberTotals()) {
            String name = evaluation.getCouncil().getMembers().stream().filter(m -> m.getId().equals(t.getMemberId()))
                    .findFirst().map(CouncilMember::getName).orElse("");
            members.row(t.getMemberId(), name, t.getTotal(), partTotal(t, "A"), partTotal(t, "B"), partTotal(t, "C"));
        }
        indent(out, members.render());

        out.append('\n').append(w.t("explain.average", points(result.getAverageScore()), result.getBand().symbol()))
                .append('\n');
        TextTable parts = new TextTable(w.t("col.partGroup"), ">" + w.t("col.average"), ">" + w.t("col.max"));
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

        out.append('\n').append(w.t("explain.gates", result.getGates().size(), result.getFailedGates().size()))
                .append('\n');
        if (!result.getGates().isEmpty()) {
            TextTable gates = new TextTable("", w.t("col.criterion"), w.t("col.rank"), w.t("col.needs"),
                    w.t("col.membersOptions"));
            for (GateCheck g : result.getGates()) {
                Optional<Criterion> c = sheet.criterion(g.getCriterionCode());
                String needs = c.map(cr -> optionLabel(cr, g.getRequiredOption(), locale)).orElse("");
                gates.row(g.isMet() ? "✓" : "✗", g.getCriterionCode(), g.getStar().symbol(),
                        "[" + g.getRequiredOption() + "] " + TextTable.truncate(needs, 50), choices(g.getMemberChoices()));
            }
            indent(out, gates.render());
        }

        out.append('\n').append(w.t("explain.knockouts")).append(' ');
        if (result.getKnockouts().isEmpty()) {
            out.append(w.t("explain.none")).append('\n');
        } else {
            out.append('\n');
            for (KnockoutFinding k : result.getKnockouts()) {
                out.append("  ✗ ").append(k.getCode().map(c -> c + ": ").orElse(w.t("explain.sheetLevel") + ": "))
                        .append(Safe.cell(k.getReason())).append('\n');
            }
        }

        out.append('\n').append(w.t("explain.outcome")).append(' ').append(w.t("outcome." + result.getOutcome()));
        if (result.getOutcome() != Outcome.DISQUALIFIED) {
            out.append(", ").append(stars(result, w));
        }
        if (result.isRecognisable()) {
            out.append(", ").append(result.getRecognitionLevel()
                    .map(l -> w.t("explain.recognisableBy", l.label().in(locale))).orElse(w.t("explain.recognisable")));
        } else {
            out.append(", ").append(w.t("explain.notRecognisable"));
        }
        out.append('\n');
        if (result.isFiveStarPotential()) {
            out.append(w.t("explain.fiveStarPotential")).append('\n');
        }
        notFinalReasons(result, w).forEach(r -> out.append(w.t("explain.notFinal", r)).append('\n'));

        out.append('\n').append(w.t("explain.nextStar")).append(' ');
        if (result.getNextStar().isEmpty()) {
            out.append("—\n");
        } else {
            NextStarAdvice a = result.getNextStar().get();
            out.append(a.getTarget().symbol()).append(a.isReachable() ? "" : " (" + w.t("next.unreachable") + ")")
                    .append(", ").append(w.t("explain.lacking", points(a.getPointsLacking())));
            if (!a.getFailingGates().isEmpty()) {
                out.append(", ").append(w.t("explain.failingGates", String.join(", ", a.getFailingGates())));
            }
            out.append('\n');
            if (!a.getPlan().isEmpty()) {
                out.append("  ").append(w.t("explain.planIntro", result.getMemberTotals().size())).append('\n');
            }
            for (PlanStep s : a.getPlan()) {
                Optional<Criterion> c = sheet.criterion(s.getCriterionCode());
                String name = c.map(x -> x.getName().in(locale)).orElse("");
                String to = c.map(x -> optionLabel(x, s.getToOption(), locale)).orElse("");
                String toPoints = optionPoints(c, s.getToOption(), w);
                String from = s.getFromOption() < 0 ? w.t("explain.leftOut")
                        : w.t("explain.option", s.getFromOption(), optionPoints(c, s.getFromOption(), w));
                out.append("  • ").append(w.t("explain.planStep", s.getCriterionCode(), TextTable.truncate(name, 50),
                        from, w.t("explain.option", s.getToOption(), toPoints), TextTable.truncate(to, 60),
                        points(s.getPointsGained()))).append('\n');
            }
        }
        warnings(result, w).forEach(x -> out.append(w.t("warning", x)).append('\n'));
        return out.toString();
    }

    private static String optionPoints(Optional<Criterion> c, int index, Words w) {
        return c.filter(x -> index >= 0 && index < x.getScoringOptions().size())
                .map(x -> x.getScoringOptions().get(index)).filter(CriterionOption::isPointsKnown)
                .map(o -> w.t(o.getPoints() == 1 ? "diff.point" : "diff.points", o.getPoints())).orElse("?");
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
