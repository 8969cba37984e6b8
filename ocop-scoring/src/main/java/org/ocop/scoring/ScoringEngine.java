package org.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.OcopValidationException;
import org.ocop.core.StarRating;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;

/**
 * The OCOP scoring engine (<i>chấm điểm, phân hạng sản phẩm OCOP</i>): scores an {@link Evaluation} on its
 * product set's criteria sheet of a {@link Rulebook} and explains the result ({@code ocop-rules.md} §3;
 * Decision 26/2026/QĐ-TTg Annex II, Decision 148/QĐ-TTg Annex).
 *
 * <p>What it computes, in order:
 * <ol>
 *   <li>checks: a totals-only rulebook cannot score criteria ({@link ScoringException}; map an average to stars
 *       with {@link Rulebook#bandOf(BigDecimal)} or {@link #bandOf(Rulebook, int...)}); choices that do not fit
 *       the sheet ({@link CriteriaSheet#choiceViolations(Evaluation)}) raise an {@link OcopValidationException};
 *       a chosen option whose points the source does not give raises a {@link ScoringException};</li>
 *   <li>each member's total and per-part totals: the sum of the chosen options (§3.3); a conditional criterion
 *       left out scores 0 (§3.2); a binary criterion scores its maximum or 0; an alternatives criterion scores
 *       the chosen case's option; a composite scores through its sub-criteria;</li>
 *   <li>the average of the members' totals, per part and per group, exact ({@link Averages}); the band from the
 *       exact fraction, compared in integers (§3.4);</li>
 *   <li>every star gate (§3.5): met when the chosen option is at or above the gated option by option order,
 *       aggregated over members per {@link ScoringPolicy#gateAggregation()}; gates are cumulative and the final
 *       rank is {@code min(band, highest rank whose gates are all met)}, so failing a 3★ gate caps at 2★.
 *       ⚖ <b>Alternatives</b> (sheet 26 groups 8, 9, 15; no source says how a gate printed in one case
 *       compares with a choice in another): options are compared by their position within their own case,
 *       so the n-th option of any case is "at" the n-th option of the gated case. 148's criterion-level star
 *       marks ({@code Criterion.getMinStar()}) have no stated meaning: they are reported as warnings and not
 *       applied;</li>
 *   <li>knock-outs (§3.6) per {@link ScoringPolicy#knockoutSemantics()};</li>
 *   <li>council rules (§3.3), off by default: the maximum spread between member totals and the quorum; a
 *       broken rule makes the outcome {@code NOT_FINAL} with its reason. A not-final result keeps its
 *       provisional rank but is not recognisable;</li>
 *   <li>recognition (§4): a ranked 3★+ result is recognisable, by the level {@link RecognitionPolicy} gives
 *       for the rulebook on the evaluation day (the submission day when not recorded); "5★ potential" when a
 *       provincial council averages 90 or more and the product is not disqualified (§4, 5★ path);</li>
 *   <li>the way to the next star ({@link Advisor}) when {@link ScoringPolicy#computeNextStar()}.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; sheets are compiled once into int arrays and cached ({@code CompiledSheet}).
 */
public final class ScoringEngine {

    private static final ScoringEngine STANDARD = new ScoringEngine(ScoringPolicy.standard());

    private final ScoringPolicy policy;

    private ScoringEngine(ScoringPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return an engine with the documented defaults ({@link ScoringPolicy#standard()}) */
    public static ScoringEngine standard() {
        return STANDARD;
    }

    /**
     * @param policy the decisions to apply
     * @return an engine with that policy
     */
    public static ScoringEngine with(ScoringPolicy policy) {
        return new ScoringEngine(policy);
    }

    /** @return the engine's policy */
    public ScoringPolicy policy() {
        return policy;
    }

    /**
     * Maps members' totals to a band without criteria, e.g. under the totals-only rulebook {@code QD-1048-2019}
     * ({@code ocop-rules.md} §3.4): the exact average of the totals, banded in integers.
     *
     * @param rulebook any rulebook, totals-only included
     * @param memberTotals each member's total, 0 to 100, at least one
     * @return the band's rank
     */
    public static StarRating bandOf(Rulebook rulebook, int... memberTotals) {
        Objects.requireNonNull(rulebook, "rulebook");
        if (memberTotals.length == 0) {
            throw new IllegalArgumentException("At least one member total is needed");
        }
        long sum = 0;
        for (int t : memberTotals) {
            if (t < 0 || t > 100) {
                throw new IllegalArgumentException("A member total is 0 to 100, got " + t);
            }
            sum += t;
        }
        return Averages.bandOf(rulebook.getBands(), sum, memberTotals.length);
    }

    /**
     * Scores an evaluation under a rulebook ({@code ocop-rules.md} §3); see the type's documentation.
     *
     * @param rulebook the rulebook of the evaluation's day (or another one, to compare)
     * @param evaluation the council's filled sheets and findings
     * @return the result, explaining itself
     * @throws ScoringException for a totals-only rulebook, a missing sheet, an option with unknown points, or
     *     the consensus policy without a consensus sheet
     * @throws OcopValidationException when the choices do not fit the sheet
     */
    public ScoreResult score(Rulebook rulebook, Evaluation evaluation) {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(evaluation, "evaluation");
        Prepared p = prepare(rulebook, evaluation, policy);
        Tally t = p.tally;
        CompiledSheet cs = t.cs;
        List<String> warnings = p.warnings;

        int n = t.members;
        int parts = cs.partCodes.length;
        int groups = cs.groupCodes.length;
        long[] partSums = new long[parts];
        long[] groupSums = new long[groups];
        long sum = 0;
        List<MemberTotal> memberTotals = new ArrayList<>(n);
        int minTotal = Integer.MAX_VALUE;
        int maxTotal = Integer.MIN_VALUE;
        for (int m = 0; m < n; m++) {
            int[] c = t.choice[m];
            int[] partTotals = new int[parts];
            int total = 0;
            for (int l = 0; l < cs.leafCount; l++) {
                int pts = cs.pointsOf(l, c[l]);
                partTotals[cs.partOf[l]] += pts;
                groupSums[cs.groupOf[l]] += pts;
                total += pts;
            }
            Map<PartCode, Integer> byPart = new EnumMap<>(PartCode.class);
            for (int i = 0; i < parts; i++) {
                byPart.put(cs.partCodes[i], partTotals[i]);
                partSums[i] += partTotals[i];
            }
            memberTotals.add(MemberTotal.builder().memberId(evaluation.getMemberScores().get(m).getMemberId())
                    .total(total).partTotals(byPart).build());
            sum += total;
            minTotal = Math.min(minTotal, total);
            maxTotal = Math.max(maxTotal, total);
        }
        Map<PartCode, BigDecimal> partAverages = new EnumMap<>(PartCode.class);
        for (int i = 0; i < parts; i++) {
            partAverages.put(cs.partCodes[i], Averages.of(partSums[i], n));
        }
        Map<String, BigDecimal> groupAverages = new LinkedHashMap<>();
        for (int g = 0; g < groups; g++) {
            groupAverages.put(cs.groupCodes[g], Averages.of(groupSums[g], n));
        }

        StarRating band = Averages.bandOf(rulebook.getBands(), sum, n);
        List<GateCheck> gates = new ArrayList<>(cs.gates.length);
        Map<Integer, Map<String, Integer>> choicesByLeaf = new HashMap<>(); // gates of one criterion share it
        for (CompiledSheet.Gate g : cs.gates) {
            Map<String, Integer> choices = choicesByLeaf.computeIfAbsent(g.leaf(), leaf -> {
                Map<String, Integer> byMember = new LinkedHashMap<>();
                for (int m = 0; m < n; m++) {
                    int c = t.choice[m][leaf];
                    if (c >= 0) {
                        byMember.put(evaluation.getMemberScores().get(m).getMemberId(), c);
                    }
                }
                return byMember;
            });
            gates.add(GateCheck.builder().criterionCode(cs.codes[g.leaf()]).star(g.star())
                    .requiredOption(g.option()).memberChoices(choices).met(t.gateMet(g)).build());
        }
        StarRating rank = band.min(t.gateRank());

        List<String> notFinal = councilRules(evaluation.getCouncil(), minTotal, maxTotal);
        Outcome outcome = p.disqualified ? Outcome.DISQUALIFIED
                : notFinal.isEmpty() ? Outcome.RANKED : Outcome.NOT_FINAL;
        Optional<StarRating> stars = p.disqualified ? Optional.empty() : Optional.of(rank);
        boolean recognisable = outcome == Outcome.RANKED && rank.isRecognisable();
        LocalDate decidedOn = evaluation.getEvaluatedOn().orElse(evaluation.getSubmittedOn());
        Optional<AuthorityLevel> level = recognisable
                ? RecognitionPolicy.forRulebook(rulebook.getId()).levelFor(rank, decidedOn) : Optional.empty();
        boolean fiveStarPotential = !p.disqualified && evaluation.getCouncil().getLevel() == AuthorityLevel.PROVINCE
                && sum >= 90L * n;

        ScoreResult.Builder result = ScoreResult.builder()
                .rulebookId(rulebook.getId())
                .sheetNumber(cs.sheet.getNumber())
                .productId(evaluation.getProduct().getId())
                .evaluationId(evaluation.getId())
                .memberTotals(memberTotals)
                .averageScore(Averages.of(sum, n))
                .partAverages(partAverages)
                .groupAverages(groupAverages)
                .band(band)
                .gates(gates)
                .knockouts(evaluation.getKnockouts())
                .outcome(outcome)
                .notFinalReasons(notFinal)
                .stars(stars)
                .recognisable(recognisable)
                .recognitionLevel(level)
                .fiveStarPotential(fiveStarPotential)
                .warnings(warnings);
        if (policy.computeNextStar() && stars.isPresent() && rank != StarRating.FIVE) {
            result.nextStar(Advisor.advise(t, rulebook.getBands(), rank));
        }
        return result.build();
    }

    /** An evaluation read into a tally, with its warnings and whether it is disqualified. */
    record Prepared(Tally tally, List<String> warnings, boolean disqualified) {}

    /**
     * Checks and reads an evaluation: rulebook, sheet, choices, unknown points, knock-outs (shared with
     * {@link Advisor}).
     */
    static Prepared prepare(Rulebook rulebook, Evaluation evaluation, ScoringPolicy policy) {
        if (rulebook.getCompleteness() == Completeness.TOTALS_ONLY) {
            throw new ScoringException("Rulebook " + rulebook.getId() + " is totals-only: its criteria sheets are "
                    + "not available, so criterion choices cannot be scored. Map an average to stars with "
                    + "Rulebook.bandOf(average) or ScoringEngine.bandOf(rulebook, memberTotals...)");
        }
        CriteriaSheet sheet = rulebook.sheet(evaluation.getSheetNumber()).orElseThrow(() -> new ScoringException(
                "Rulebook " + rulebook.getId() + " has no criteria sheet " + evaluation.getSheetNumber()));
        CompiledSheet cs = CompiledSheet.of(sheet);
        if (!cs.fits(evaluation)) {
            List<Violation> violations = sheet.choiceViolations(evaluation);
            if (!violations.isEmpty()) {
                throw new OcopValidationException(violations);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!sheet.isComplete()) {
            warnings.add("Sheet " + sheet.getNumber() + " of " + rulebook.getId() + " is marked incomplete ("
                    + sheet.getIncompleteReason().orElse("") + "): this score cannot be certified");
        }
        if (rulebook.getCompleteness() == Completeness.TRANSCRIBED) {
            warnings.add("Rulebook " + rulebook.getId() + " is a third-party transcription, not an official copy");
        }
        for (String star : cs.criterionLevelStars) {
            warnings.add("Criterion " + star + " carries a star mark on its heading, not on an option; what it "
                    + "requires is not stated, so it was not applied as a gate");
        }
        evaluation.getRulebookId().filter(id -> !id.equals(rulebook.getId())).ifPresent(id -> warnings.add(
                "The evaluation names rulebook " + id + " but was scored under " + rulebook.getId()));
        ScoringPolicy.GateAggregation aggregation = policy.gateAggregation();
        MemberScores consensus = evaluation.getConsensus().orElse(null);
        if (aggregation == ScoringPolicy.GateAggregation.CONSENSUS_SHEET && consensus == null) {
            throw new ScoringException("The gate policy CONSENSUS_SHEET needs the council's consensus sheet, "
                    + "and evaluation " + evaluation.getId().orElse(evaluation.getProduct().getId()) + " has none");
        }
        Tally tally = new Tally(cs, evaluation.getMemberScores(), consensus, aggregation);

        boolean disqualified = false;
        if (!evaluation.getKnockouts().isEmpty()) {
            if (policy.knockoutSemantics() == ScoringPolicy.KnockoutSemantics.DISQUALIFY) {
                disqualified = true;
            } else {
                for (KnockoutFinding k : evaluation.getKnockouts()) {
                    if (k.getCode().isEmpty()) {
                        disqualified = true;
                        warnings.add("Sheet-level knock-out (" + k.getReason() + ") disqualifies even under "
                                + "ZERO_REMAINING: there is no criterion to score as 0");
                        continue;
                    }
                    CompiledSheet.Range r = cs.ranges.get(k.getCode().get());
                    boolean halt = r.effect() == KnockoutEffect.HALT_EVALUATION;
                    int to = halt ? cs.leafCount : r.to();
                    for (int l = r.from(); l < to; l++) {
                        tally.zero(l);
                    }
                    if (r.effect() == null) {
                        warnings.add("Knock-out on " + k.getCode().get() + ": the sheet prints no knock-out there; "
                                + "only " + k.getCode().get() + " was scored as 0");
                    } else {
                        warnings.add("Knock-out on " + k.getCode().get() + " (" + k.getReason() + ") scored as 0: "
                                + (halt ? k.getCode().get() + " and every criterion after it" : k.getCode().get()));
                    }
                }
            }
        }
        checkKnownPoints(tally, evaluation);
        return new Prepared(tally, warnings, disqualified);
    }

    private static void checkKnownPoints(Tally t, Evaluation evaluation) {
        CompiledSheet cs = t.cs;
        for (int m = 0; m < t.members; m++) {
            for (int l = 0; l < cs.leafCount; l++) {
                int c = t.choice[m][l];
                if (c >= 0 && !cs.known[l][c]) {
                    throw new ScoringException("Member " + evaluation.getMemberScores().get(m).getMemberId()
                            + " chose option " + c + " of criterion " + cs.codes[l] + " on sheet "
                            + cs.sheet.getNumber() + ", whose points the source does not give (printed '"
                            + cs.leaves[l].getScoringOptions().get(c).getPrinted().orElse("") + "')");
                }
            }
        }
    }

    private List<String> councilRules(Council council, int minTotal, int maxTotal) {
        List<String> reasons = new ArrayList<>();
        policy.maxSpread().ifPresent(max -> {
            if (maxTotal - minTotal > max) {
                reasons.add("needs re-discussion: members' totals range from " + minTotal + " to " + maxTotal
                        + ", a spread of " + (maxTotal - minTotal) + " over the allowed " + max);
            }
        });
        policy.quorum().ifPresent(q -> {
            int size = council.getMembers().size();
            Set<String> present = council.getPresent();
            int here = present.isEmpty() ? size : present.size();
            if (!q.isMetBy(here, size)) {
                reasons.add("no quorum: " + here + " of " + size + " members present, " + q.numerator() + "/"
                        + q.denominator() + " required");
            }
            if (q.chairPresent()) {
                if (council.getChairId().isEmpty()) {
                    reasons.add("no quorum: the chair is not recorded, and the chair must be present");
                } else if (!present.isEmpty() && !present.contains(council.getChairId().get())) {
                    reasons.add("no quorum: the chair " + council.getChairId().get() + " is not present");
                }
            }
        });
        return reasons;
    }
}
