package org.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberChoices;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PartTotals;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBands;

/**
 * The OCOP scoring engine (<i>chấm điểm, phân hạng sản phẩm OCOP</i>): scores an {@link Evaluation} on its
 * product set's criteria sheet of a {@link Rulebook} and explains the result ({@code docs/rules.md} §3;
 * Decision 26/2026/QĐ-TTg Annex II, Decision 148/QĐ-TTg Annex).
 *
 * <p>What it computes, in order:
 * <ol>
 *   <li>checks: a totals-only rulebook cannot score criteria ({@link ScoringException}; map an average to stars
 *       with {@link StarBands#bandOf(BigDecimal)} or {@link #bandOf(Rulebook, int...)}); an evaluation naming
 *       another rulebook, a council larger than {@link ScoringPolicy#getMaxCouncil()}, or a member
 *       filling two sheets (the result reports choices by member id) raises a {@link ScoringException}; choices that do not fit the sheet ({@link #violations(Rulebook, Evaluation)},
 *       the one fit check) raise an {@link OcopValidationException}; a chosen option whose points the source
 *       does not give raises a {@link ScoringException};</li>
 *   <li>each member's total and per-part totals: the sum of the chosen options (§3.3); a conditional criterion
 *       left out scores 0 (§3.2); a binary criterion scores its maximum or 0; an alternatives criterion scores
 *       the chosen case's option; a composite scores through its sub-criteria;</li>
 *   <li>the average of the members' totals, per part and per group, exact ({@link Averages}); the band from the
 *       exact fraction, compared in integers (§3.4);</li>
 *   <li>every star gate (§3.5): met when the chosen option is at or above the gated option by option order,
 *       aggregated over members per {@link ScoringPolicy#getGateAggregation()}; gates are cumulative and the final
 *       rank is {@code min(band, highest rank whose gates are all met)}, so failing a 3★ gate caps at 2★.
 *       ⚖ <b>Alternatives</b> (sheet 26 groups 8, 9, 15; no source says how a gate printed in one case
 *       compares with a choice in another): options are compared by their position within their own case,
 *       so the n-th option of any case is "at" the n-th option of the gated case. 148's criterion-level star
 *       marks ({@code Criterion.getMinStar()}) have no stated meaning: they are reported as warnings and not
 *       applied;</li>
 *   <li>knock-outs (§3.6) per {@link ScoringPolicy#getKnockoutSemantics()};</li>
 *   <li>council rules (§3.3), off by default: the maximum spread between member totals and the quorum; a
 *       broken rule makes the outcome {@code NOT_FINAL} with its reason. A not-final result keeps its
 *       provisional rank but is not recognisable;</li>
 *   <li>recognition (§4): a ranked 3★+ result is recognisable, by the level {@link RecognitionPolicy} gives
 *       for the rulebook on the evaluation day (the submission day when not recorded); "5★ potential" when a
 *       provincial council averages the rulebook's threshold ({@link
 *       RecognitionPolicy#fiveStarPotentialThreshold}) or more and the product is not disqualified (§4, 5★
 *       path);</li>
 *   <li>the way to the next star ({@link Advisor}) when {@link ScoringPolicy#isComputeNextStar()}.</li>
 * </ol>
 *
 * <p>{@link #score} explains; {@link #rank} gives only the rank, the exact average and the outcome, by the
 * same rules in one pass over the choices (one {@link Map#forEach} per member that checks the fit and counts
 * totals and gates while reading) and with almost no allocation, for bulk work. Both agree on every
 * evaluation (a property test holds them to it).
 *
 * <p>Stateless and thread-safe; sheets are compiled once into int arrays and cached ({@code CompiledSheet}), and
 * what is read from a rulebook on every call (sheets by number, bands, recognition parameters) once per
 * rulebook ({@code CompiledRulebook}).
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
    public ScoringPolicy getPolicy() {
        return policy;
    }

    /**
     * Maps members' totals to a band without criteria, e.g. under the totals-only rulebook {@code QD-1048-2019}
     * ({@code docs/rules.md} §3.4): the exact average of the totals, banded in integers.
     *
     * @param rulebook any rulebook, totals-only included
     * @param memberTotals each member's total, 0 to 100, at least one
     * @return the band's rank
     * @throws IllegalArgumentException without totals or with a total outside 0 to 100
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
        return StarBands.of(rulebook).bandOf(sum, memberTotals.length);
    }

    /**
     * The one check that an evaluation fits a rulebook's sheet ({@code docs/rules.md} §3.2): the product's
     * set is scored on the sheet; every choice names a leaf criterion of the sheet and an option that exists;
     * every leaf criterion but a conditional one is chosen; every knock-out code names a criterion or group of
     * the sheet; a conditional criterion whose condition is stated as data is chosen only when it holds
     * (criterion 5.2 of 26/2026 only when 5.1 is above "no product story"). Paths are relative to the evaluation, e.g. {@code memberScores[2].choices[1.3]}. {@link
     * #score} and {@link #rank} refuse an evaluation with violations ({@link OcopValidationException}).
     *
     * @param rulebook the rulebook the evaluation is scored under
     * @param evaluation the evaluation
     * @return every violation, empty when the evaluation fits
     * @throws ScoringException when the evaluation cannot be checked at all: a totals-only rulebook, no sheet
     *     for the product's set, or the evaluation names another rulebook
     */
    public static List<Violation> violations(Rulebook rulebook, Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        CompiledSheet cs = compiledSheet(CompiledRulebook.of(Objects.requireNonNull(rulebook, "rulebook")), evaluation);
        return FitCheck.fits(cs, evaluation) ? List.of() : FitCheck.violations(cs, evaluation);
    }

    /**
     * The same fit check against one sheet, without a rulebook (e.g. for test assertions on a sheet in hand).
     *
     * @param sheet a criteria sheet
     * @param evaluation the evaluation
     * @return every violation, empty when the evaluation fits the sheet
     */
    public static List<Violation> violations(CriteriaSheet sheet, Evaluation evaluation) {
        CompiledSheet cs = CompiledSheet.of(Objects.requireNonNull(sheet, "sheet"));
        Objects.requireNonNull(evaluation, "evaluation");
        return FitCheck.fits(cs, evaluation) ? List.of() : FitCheck.violations(cs, evaluation);
    }

    /**
     * Ranks an evaluation without explaining it: the same rules as {@link #score}, its rank, exact average
     * and outcome, in one pass over the choices. For bulk work (rescoring a registry); the next-star plan,
     * gates, per-member and per-part figures and warnings are left out.
     *
     * @param rulebook the rulebook of the evaluation's day (or another one, to compare)
     * @param evaluation the council's filled sheets and findings
     * @return the rank, exact average and outcome
     * @throws ScoringException as {@link #score}
     * @throws OcopValidationException when the choices do not fit the sheet
     */
    public Ranking rank(Rulebook rulebook, Evaluation evaluation) {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(evaluation, "evaluation");
        CompiledRulebook cr = CompiledRulebook.of(rulebook);
        CompiledSheet cs = compiledSheet(cr, evaluation);
        checkCouncil(policy, evaluation);
        ScoringPolicy.GateAggregation aggregation = policy.getGateAggregation();
        MemberScores consensus = consensusFor(evaluation, aggregation);
        if (!FitCheck.knockoutsFit(cs, evaluation)) {
            throw new OcopValidationException(FitCheck.violations(cs, evaluation));
        }
        boolean disqualified = false;
        boolean[] zeroed = null;
        if (!evaluation.getKnockouts().isEmpty()) {
            if (policy.getKnockoutSemantics() == ScoringPolicy.KnockoutSemantics.DISQUALIFY) {
                disqualified = true;
            } else {
                zeroed = new boolean[cs.leafCount];
                for (KnockoutFinding k : evaluation.getKnockouts()) {
                    if (k.getCode().isEmpty()) {
                        disqualified = true;
                    } else {
                        CompiledSheet.Range r = cs.range(k.getCode().get());
                        int to = r.effect() == KnockoutEffect.HALT_EVALUATION ? cs.leafCount : r.to();
                        java.util.Arrays.fill(zeroed, r.from(), to, true);
                    }
                }
            }
        }
        List<MemberScores> sheets = evaluation.getMemberScores();
        int n = sheets.size();
        FitCheck.Reader reader = new FitCheck.Reader(cs, true, zeroed);
        int[] row = new int[cs.leafCount];
        long sum = 0;
        int minTotal = Integer.MAX_VALUE;
        int maxTotal = Integer.MIN_VALUE;
        int unknownMember = -1;
        for (int m = 0; m < n; m++) {
            if (!reader.read(sheets.get(m).getChoices(), row, unknownMember < 0)) {
                throw new OcopValidationException(FitCheck.violations(cs, evaluation));
            }
            if (unknownMember < 0 && reader.unknownLeaf >= 0) {
                unknownMember = m;
            }
            int total = reader.total;
            sum += total;
            minTotal = Math.min(minTotal, total);
            maxTotal = Math.max(maxTotal, total);
        }
        int[] reached = reader.reached;
        if (consensus != null) {
            java.util.Arrays.fill(reached, 0);
            if (!reader.read(consensus.getChoices(), row, false)) {
                throw new OcopValidationException(FitCheck.violations(cs, evaluation));
            }
        } else if (evaluation.getConsensus().isPresent()
                && !new FitCheck.Reader(cs).read(evaluation.getConsensus().get().getChoices(), row)) {
            throw new OcopValidationException(FitCheck.violations(cs, evaluation));
        }
        if (unknownMember >= 0) {
            throw unknownPoints(cs, sheets.get(unknownMember).getMemberId(), reader.unknownLeaf,
                    reader.unknownOption);
        }
        StarRating lowestFailed = null;
        for (int g = 0; g < reached.length; g++) {
            StarRating star = cs.gates[g].star();
            boolean met = consensus != null ? reached[g] > 0 : Gates.met(aggregation, reached[g], n);
            if (!met && (lowestFailed == null || star.compareTo(lowestFailed) < 0)) {
                lowestFailed = star;
            }
        }
        StarRating band = cr.bands().bandOf(sum, n);
        StarRating rank = band.min(Gates.rankBelow(lowestFailed));
        Outcome outcome = disqualified ? Outcome.DISQUALIFIED
                : councilRulesHold(evaluation.getCouncil(), minTotal, maxTotal) ? Outcome.RANKED : Outcome.NOT_FINAL;
        return new Ranking(outcome, band, rank, sum, n, recognitionLevel(cr, evaluation, outcome, rank));
    }

    /**
     * Scores an evaluation under a rulebook ({@code docs/rules.md} §3); see the type's documentation. The
     * steps, in order: {@link #prepare} (checks, choices, knock-outs), member totals and averages, gates,
     * outcome, recognition, advice.
     *
     * @param rulebook the rulebook of the evaluation's day (or another one, to compare)
     * @param evaluation the council's filled sheets and findings
     * @return the result, explaining itself
     * @throws ScoringException for a totals-only rulebook, a missing sheet, an evaluation naming another
     *     rulebook, a council over the policy's limit, a member filling two sheets, an option with unknown
     *     points, or the consensus policy without a consensus sheet
     * @throws OcopValidationException when the choices do not fit the sheet
     */
    public ScoreResult score(Rulebook rulebook, Evaluation evaluation) {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(evaluation, "evaluation");
        Prepared p = prepare(rulebook, evaluation, policy);
        Tally t = p.tally;
        StarBands bands = CompiledRulebook.of(rulebook).bands();
        ScoreResult.Builder result = ScoreResult.builder()
                .rulebookId(rulebook.getId())
                .sheetNumber(t.cs.sheet.getNumber())
                .productId(evaluation.getProduct().getId())
                .evaluationId(evaluation.getId())
                .knockouts(evaluation.getKnockouts())
                .warnings(p.warnings)
                .policy(policy);
        totals(t, evaluation, result);
        StarRating band = bands.bandOf(t.sum, t.members);
        result.band(band).gates(gates(t));
        StarRating rank = band.min(t.gateRank());
        List<ResultNote> notFinal = councilRules(evaluation.getCouncil(), min(t.total), max(t.total));
        Outcome outcome = outcome(p.disqualified, notFinal);
        result.outcome(outcome).notFinalReasons(notFinal)
                .stars(p.disqualified ? Optional.empty() : Optional.of(rank));
        recognition(rulebook, evaluation, p.disqualified, outcome, rank, t, result);
        if (policy.isComputeNextStar() && !p.disqualified && rank != StarRating.FIVE) {
            result.nextStar(Advisor.advise(t, bands, rank));
        }
        return result.build();
    }

    /** Step 2: each member's totals, and the averages per part and group, exact. */
    private static void totals(Tally t, Evaluation evaluation, ScoreResult.Builder result) {
        CompiledSheet cs = t.cs;
        int n = t.members;
        List<MemberTotal> memberTotals = new ArrayList<>(n);
        long[] partSums = new long[cs.partCodes.length];
        for (int m = 0; m < n; m++) {
            for (int i = 0; i < cs.partCodes.length; i++) {
                partSums[i] += t.partTotal[m][i];
            }
            memberTotals.add(MemberTotal.builder().memberId(t.memberIds.get(m)).total(t.total[m])
                    .partTotals(PartTotals.of(cs.partCodes, t.partTotal[m])).build());
        }
        Map<PartCode, BigDecimal> partAverages = new EnumMap<>(PartCode.class);
        for (int i = 0; i < cs.partCodes.length; i++) {
            partAverages.put(cs.partCodes[i], Averages.of(partSums[i], n));
        }
        Map<String, BigDecimal> groupAverages = new LinkedHashMap<>();
        for (int g = 0; g < cs.groupCodes.length; g++) {
            groupAverages.put(cs.groupCodes[g], Averages.of(t.groupSum[g], n));
        }
        result.memberTotals(memberTotals).averageScore(Averages.of(t.sum, n)).partAverages(partAverages)
                .groupAverages(groupAverages);
    }

    /**
     * Step 3: every star gate with the members' choices (the gates of one criterion share one immutable
     * {@link MemberChoices} over the council's ids, not a map each).
     */
    private static List<GateCheck> gates(Tally t) {
        CompiledSheet cs = t.cs;
        GateCheck[] gates = new GateCheck[cs.gates.length];
        MemberChoices.Members members = MemberChoices.members(t.memberIds);
        MemberChoices choices = null;
        int choicesLeaf = -1;
        int[] column = new int[t.members];
        for (int i = 0; i < gates.length; i++) {
            CompiledSheet.Gate g = cs.gates[i];
            if (g.leaf() != choicesLeaf) { // a criterion's gates are consecutive
                choicesLeaf = g.leaf();
                for (int m = 0; m < t.members; m++) {
                    column[m] = t.choice[m][choicesLeaf];
                }
                choices = members.choices(column);
            }
            gates[i] = (GateCheck.builder().criterionCode(cs.codes[g.leaf()]).star(g.star())
                    .requiredOption(g.option()).memberChoices(choices).met(t.gateMet(i)).build());
        }
        return Arrays.asList(gates);
    }

    /** Step 4: the outcome from knock-outs and the council rules. */
    private static Outcome outcome(boolean disqualified, List<ResultNote> notFinal) {
        return disqualified ? Outcome.DISQUALIFIED : notFinal.isEmpty() ? Outcome.RANKED : Outcome.NOT_FINAL;
    }

    /** Step 5: recognition and 5★ potential (§4). */
    private static void recognition(Rulebook rulebook, Evaluation evaluation, boolean disqualified, Outcome outcome,
            StarRating rank, Tally t, ScoreResult.Builder result) {
        boolean recognisable = outcome == Outcome.RANKED && rank.isRecognisable();
        CompiledRulebook cr = CompiledRulebook.of(rulebook);
        Optional<AuthorityLevel> level = recognitionLevel(cr, evaluation, outcome, rank);
        BigDecimal threshold = cr.fiveStarPotentialThreshold(decidedOn(evaluation));
        boolean fiveStarPotential = !disqualified && evaluation.getCouncil().getLevel() == AuthorityLevel.PROVINCE
                && BigDecimal.valueOf(t.sum).compareTo(threshold.multiply(BigDecimal.valueOf(t.members))) >= 0;
        result.recognisable(recognisable).recognitionLevel(level).fiveStarPotential(fiveStarPotential);
    }

    /**
     * The level that recognises a ranked, final rank of 3★ and up, by the rulebook on the evaluation day
     * (the submission day when not recorded); empty otherwise.
     */
    private static Optional<AuthorityLevel> recognitionLevel(CompiledRulebook cr, Evaluation evaluation,
            Outcome outcome, StarRating rank) {
        if (outcome != Outcome.RANKED || !rank.isRecognisable()) {
            return Optional.empty();
        }
        return cr.levelFor(rank, decidedOn(evaluation));
    }

    /** @return the day recognition is decided on: the evaluation day, or the submission day when not recorded */
    private static LocalDate decidedOn(Evaluation evaluation) {
        Optional<LocalDate> evaluated = evaluation.getEvaluatedOn();
        return evaluated.isPresent() ? evaluated.get() : evaluation.getSubmittedOn();
    }

    private static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static int max(int[] values) {
        int max = Integer.MIN_VALUE;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** An evaluation read into a counted tally, with its warnings and whether it is disqualified. */
    record Prepared(Tally tally, List<ResultNote> warnings, boolean disqualified) {}

    /** The compiled sheet an evaluation is scored on, after the checks that come before reading choices. */
    private static CompiledSheet compiledSheet(CompiledRulebook cr, Evaluation evaluation) {
        Rulebook rulebook = cr.rulebook;
        if (rulebook.getCompleteness() == Completeness.TOTALS_ONLY) {
            throw new ScoringException(ScoringException.Reason.TOTALS_ONLY, rulebook.getId());
        }
        Optional<String> named = evaluation.getRulebookId();
        if (named.isPresent() && !named.get().equals(rulebook.getId())) {
            throw new ScoringException(ScoringException.Reason.OTHER_RULEBOOK, named.get(), rulebook.getId());
        }
        CompiledSheet cs = cr.sheet(evaluation.getSheetNumber());
        if (cs == null) {
            throw new ScoringException(ScoringException.Reason.NO_SUCH_SHEET, rulebook.getId(),
                    evaluation.getSheetNumber());
        }
        return cs;
    }

    /**
     * The council checks before reading choices: the size limit (⚖ {@link ScoringPolicy#getMaxCouncil()}) and
     * that no member fills two sheets (the members' choices are reported by member id, so a second sheet of
     * one member could not be told apart).
     */
    private static void checkCouncil(ScoringPolicy policy, Evaluation evaluation) {
        List<MemberScores> sheets = evaluation.getMemberScores();
        int size = Math.max(evaluation.getCouncil().getMembers().size(), sheets.size());
        if (size > policy.getMaxCouncil()) {
            throw new ScoringException(ScoringException.Reason.COUNCIL_TOO_LARGE, size, policy.getMaxCouncil());
        }
        for (int i = 1; i < sheets.size(); i++) {
            String id = sheets.get(i).getMemberId();
            for (int j = 0; j < i; j++) {
                if (sheets.get(j).getMemberId().equals(id)) {
                    throw new ScoringException(ScoringException.Reason.MEMBER_TWICE, id, j, i);
                }
            }
        }
    }

    private static MemberScores consensusFor(Evaluation evaluation, ScoringPolicy.GateAggregation aggregation) {
        if (aggregation != ScoringPolicy.GateAggregation.CONSENSUS_SHEET) {
            return null;
        }
        return evaluation.getConsensus().orElseThrow(() -> new ScoringException(
                ScoringException.Reason.NO_CONSENSUS_SHEET, evaluation.getId().orElse(evaluation.getProduct().getId())));
    }

    private static ScoringException unknownPoints(CompiledSheet cs, String memberId, int leaf, int option) {
        return new ScoringException(ScoringException.Reason.OPTION_POINTS_UNKNOWN, memberId, option, cs.codes[leaf],
                cs.sheet.getNumber(), cs.leaves[leaf].getScoringOptions().get(option).getPrinted().orElse(""));
    }

    /**
     * Step 1: checks and reads an evaluation: rulebook, sheet, council size, choices, knock-outs, unknown
     * points; then counts the totals (shared with {@link Advisor}).
     */
    static Prepared prepare(Rulebook rulebook, Evaluation evaluation, ScoringPolicy policy) {
        CompiledSheet cs = compiledSheet(CompiledRulebook.of(rulebook), evaluation);
        checkCouncil(policy, evaluation);
        ScoringPolicy.GateAggregation aggregation = policy.getGateAggregation();
        consensusFor(evaluation, aggregation); // refuses the consensus policy without a consensus sheet
        if (!FitCheck.knockoutsFit(cs, evaluation)) {
            throw new OcopValidationException(FitCheck.violations(cs, evaluation));
        }
        Tally tally = Tally.read(cs, evaluation, aggregation); // checks the choices fit while reading them
        CriteriaSheet sheet = cs.sheet;
        List<ResultNote> warnings = new ArrayList<>();
        if (!sheet.isComplete()) {
            warnings.add(ResultNote.of(NoteCode.SHEET_INCOMPLETE, sheet.getNumber(), rulebook.getId(),
                    sheet.getIncompleteReason().orElse("")));
        }
        if (rulebook.getCompleteness() == Completeness.TRANSCRIBED) {
            warnings.add(ResultNote.of(NoteCode.RULEBOOK_TRANSCRIBED, rulebook.getId()));
        }
        if (rulebook.getCompleteness() == Completeness.PROVINCIAL || rulebook.getCompleteness() == Completeness.CUSTOM) {
            warnings.add(ResultNote.of(NoteCode.RULEBOOK_USER, rulebook.getId(), rulebook.getCompleteness(),
                    rulebook.getProvenance()));
        }
        rulebook.getReplaces().ifPresent(shipped -> warnings.add(ResultNote.of(NoteCode.RULEBOOK_REPLACES,
                rulebook.getId(), shipped)));
        if (!rulebook.isInForceOn(evaluation.getSubmittedOn())) {
            warnings.add(rulebook.getEffectiveTo().isPresent()
                    ? ResultNote.of(NoteCode.SUBMITTED_OUTSIDE_VALIDITY, evaluation.getSubmittedOn(),
                            rulebook.getId(), rulebook.getEffectiveFrom(), rulebook.getEffectiveTo().get())
                    : ResultNote.of(NoteCode.SUBMITTED_BEFORE_OPEN_VALIDITY, evaluation.getSubmittedOn(),
                            rulebook.getId(), rulebook.getEffectiveFrom()));
        }
        for (String star : cs.criterionLevelStars) {
            warnings.add(ResultNote.of(NoteCode.CRITERION_LEVEL_STAR, star));
        }
        boolean disqualified = knockouts(cs, tally, evaluation, policy, warnings);
        checkKnownPoints(tally, evaluation);
        tally.count();
        return new Prepared(tally, warnings, disqualified);
    }

    /** Applies the knock-outs (§3.6 ⚖); returns whether the evaluation is disqualified. */
    private static boolean knockouts(CompiledSheet cs, Tally tally, Evaluation evaluation, ScoringPolicy policy,
            List<ResultNote> warnings) {
        if (evaluation.getKnockouts().isEmpty()) {
            return false;
        }
        if (policy.getKnockoutSemantics() == ScoringPolicy.KnockoutSemantics.DISQUALIFY) {
            for (KnockoutFinding k : evaluation.getKnockouts()) {
                if (k.getCode().isPresent() && cs.range(k.getCode().get()).effect() == null) {
                    warnings.add(ResultNote.of(NoteCode.KNOCKOUT_UNPRINTED_DISQUALIFIES, k.getCode().get(),
                            k.getReason()));
                }
            }
            return true;
        }
        boolean disqualified = false;
        for (KnockoutFinding k : evaluation.getKnockouts()) {
            if (k.getCode().isEmpty()) {
                disqualified = true;
                warnings.add(ResultNote.of(NoteCode.SHEET_KNOCKOUT_DISQUALIFIES, k.getReason()));
                continue;
            }
            CompiledSheet.Range r = cs.range(k.getCode().get());
            boolean halt = r.effect() == KnockoutEffect.HALT_EVALUATION;
            int to = halt ? cs.leafCount : r.to();
            for (int l = r.from(); l < to; l++) {
                tally.zero(l);
            }
            if (r.effect() == null) {
                warnings.add(ResultNote.of(NoteCode.KNOCKOUT_UNPRINTED_ZEROED, k.getCode().get()));
            } else {
                warnings.add(ResultNote.of(halt ? NoteCode.KNOCKOUT_ZEROED_REST : NoteCode.KNOCKOUT_ZEROED,
                        k.getCode().get(), k.getReason()));
            }
        }
        return disqualified;
    }

    private static void checkKnownPoints(Tally t, Evaluation evaluation) {
        CompiledSheet cs = t.cs;
        for (int m = 0; m < t.members; m++) {
            for (int l = 0; l < cs.leafCount; l++) {
                int c = t.choice[m][l];
                if (c >= 0 && !cs.known[l][c]) {
                    throw unknownPoints(cs, evaluation.getMemberScores().get(m).getMemberId(), l, c);
                }
            }
        }
    }

    /** @return the notes of the broken council rules (§3.3), empty when all hold */
    private List<ResultNote> councilRules(Council council, int minTotal, int maxTotal) {
        if (councilRulesHold(council, minTotal, maxTotal)) {
            return List.of();
        }
        List<ResultNote> reasons = new ArrayList<>(2);
        councilRules(council, minTotal, maxTotal, reasons);
        return reasons;
    }

    /** @return whether every council rule holds, without building notes (the lean path) */
    private boolean councilRulesHold(Council council, int minTotal, int maxTotal) {
        return councilRules(council, minTotal, maxTotal, null);
    }

    /**
     * The council rules (§3.3, off by default): the maximum spread between member totals and the quorum.
     *
     * @param reasons where to add a note per broken rule, or null to stop at the first one
     * @return whether every rule holds
     */
    private boolean councilRules(Council council, int minTotal, int maxTotal, List<ResultNote> reasons) {
        boolean hold = true;
        Optional<Integer> maxSpread = policy.getMaxSpread();
        if (maxSpread.isPresent() && maxTotal - minTotal > maxSpread.get()) {
            if (reasons == null) {
                return false;
            }
            hold = false;
            reasons.add(ResultNote.of(NoteCode.SPREAD_TOO_WIDE, minTotal, maxTotal, maxTotal - minTotal,
                    maxSpread.get()));
        }
        if (policy.getQuorum().isEmpty()) {
            return hold;
        }
        ScoringPolicy.Quorum q = policy.getQuorum().get();
        int size = council.getMembers().size();
        Set<String> present = council.getPresent();
        int here = present.isEmpty() ? size : present.size();
        if (!q.isMetBy(here, size)) {
            if (reasons == null) {
                return false;
            }
            hold = false;
            reasons.add(ResultNote.of(NoteCode.NO_QUORUM, here, size, q.getNumerator(), q.getDenominator()));
        }
        if (q.isChairPresent()) {
            if (council.getChairId().isEmpty()) {
                if (reasons == null) {
                    return false;
                }
                hold = false;
                reasons.add(ResultNote.of(NoteCode.CHAIR_NOT_RECORDED));
            } else if (!present.isEmpty() && !present.contains(council.getChairId().get())) {
                if (reasons == null) {
                    return false;
                }
                hold = false;
                reasons.add(ResultNote.of(NoteCode.CHAIR_ABSENT, council.getChairId().get()));
            }
        }
        return hold;
    }
}
