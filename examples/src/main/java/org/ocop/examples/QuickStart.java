package org.ocop.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.core.classification.ProductSet;
import org.ocop.scoring.ScoringEngine;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.scoring.diff.RuleDiff;
import org.ocop.scoring.diff.SheetDiff;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The API tour of the README, compiled and run by the tests so that it cannot rot: load a rulebook, read
 * an evaluation, score it, explain it, change a choice, serialise the result.
 */
public final class QuickStart {

    /** Keeps Hibernate Validator's start-up INFO line out of the output (strong reference). */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private QuickStart() {}

    /**
     * @param args ignored
     * @throws IOException if the bundled sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tour:start
        Rulebook rules = Rulebooks.inForceOn(LocalDate.of(2026, 9, 7));         // QD-26-2026
        Evaluation evaluation;
        try (InputStream in = QuickStart.class.getResourceAsStream("/samples/evaluations/beef-jerky.json")) {
            evaluation = OcopJson.readEvaluation(in);                            // strict and validated
        }
        ScoreResult result = ScoringEngine.standard().score(rules, evaluation);
        out.println(result.getAverageScore() + " → band " + result.getBand().symbol() + ", rank "
                + result.getStars().map(StarRating::symbol).orElse("none (disqualified)"));
        result.getFailedGates().forEach(g -> out.println("gate " + g.getCriterionCode() + " for "
                + g.getStar().symbol() + " not met: needs option " + g.getRequiredOption()));
        result.getNextStar().ifPresent(next -> next.getPlan().forEach(step -> out.println("to reach "
                + next.getTarget().symbol() + ": raise " + step.getCriterionCode() + " to option " + step.getToOption())));
        Evaluation.Builder whatIf = Evaluation.builder().from(evaluation).memberScores(List.of());
        for (MemberScores member : evaluation.getMemberScores()) {                   // every member now picks
            Map<String, Integer> choices = new HashMap<>(member.getChoices());       // option 2 on criterion 1.5
            choices.put("1.5", 2);
            whatIf.addMemberScores(MemberScores.of(member.getMemberId(), choices));
        }
        ScoreResult better = ScoringEngine.standard().score(rules, whatIf.build());
        out.println("with 1.5 at option 2: " + better.getStars().map(StarRating::symbol).orElse("none"));
        String json = OcopJson.write(better);                                       // the ScoreResult document
        ScoreResult strict = ScoringEngine.with(ScoringPolicy.builder()             // every ⚖ rule is a policy
                .gateAggregation(ScoringPolicy.GateAggregation.ALL_MEMBERS).maxSpread(10).build())
                .score(rules, evaluation);
        SheetDiff diff = RuleDiff.compare(Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow(), rules,
                ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY);                           // what changed 148 → 26/2026
        out.println(strict.getOutcome() + ", " + diff.getReweighted().size() + " criteria re-weighted since 148");
        // tour:end
        out.println(json.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElse(""));
    }
}
