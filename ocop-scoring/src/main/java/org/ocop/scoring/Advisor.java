package org.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.PlanStep;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBands;

/**
 * The way to the next star ({@code docs/rules.md} §3.7: "how far it is from the next star: points and which
 * criteria could close it"): for a ranked product below 5★, the points its average lacks for the next band,
 * the gates of the next rank it still fails, and a minimal plan of criterion improvements that reaches it.
 *
 * <p><b>What a plan step means.</b> A step names a leaf criterion and an option {@code to}; applying it
 * raises that criterion to {@code to} for <i>every council member (and the consensus sheet, if any) whose
 * choice is below {@code to}</i> by option order (for alternatives, by position within the case, as for
 * gates); members already at or above it keep their choice. A conditional criterion left out (its condition
 * does not hold) counts as below every option: a step on it means making the condition hold (e.g. writing the
 * product story) and reaching {@code to}. {@link PlanStep#getFromOption()} is the lowest option raised
 * ({@code -1} when a raised member had left a conditional criterion out); {@link PlanStep#getPointsGained()}
 * is the exact gain on the average. After a step on a criterion, every member is at or above {@code to}, so
 * any gate at or below it is met under every gate policy.
 *
 * <p><b>Minimal.</b> The plan has the fewest steps (criteria changed) among all plans of such steps that
 * reach the target rank: the band (sum of member totals ≥ band start × members, exactly) and every gate of
 * the target and lower ranks. Among plans of that size it gains the most points. Computed exactly by a
 * group knapsack over the leaf criteria ({@code dp[steps] = best gain}), with criteria that fail a target gate
 * forced to take a step that meets it. Options whose points the source does not give and criteria zeroed by
 * a knock-out are never planned. Council rules (spread, quorum) are not part of the plan.
 *
 * <p>Stateless and thread-safe.
 */
public final class Advisor {

    private static final Advisor STANDARD = new Advisor(ScoringPolicy.standard());

    private final ScoringPolicy policy;

    private Advisor(ScoringPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return an advisor under the default policy (strict-majority gates, §3.5 ⚖) */
    public static Advisor standard() {
        return STANDARD;
    }

    /**
     * @param policy the scoring policy (its gate aggregation and knock-out semantics apply)
     * @return an advisor under that policy
     */
    public static Advisor with(ScoringPolicy policy) {
        return new Advisor(policy);
    }

    /**
     * The way to the next star on its own, public API: equal to {@link
     * org.ocop.core.result.ScoreResult#getNextStar()} of {@link ScoringEngine#score} under the same policy with
     * {@code nextStar} on. Use it to ask for the plan only when it is wanted, e.g. after {@link
     * ScoringEngine#rank} or a score with {@code nextStar} off (bulk work): the plan is the costly part of an
     * explained score.
     *
     * @param rulebook the rulebook to score under
     * @param evaluation the evaluation
     * @return the way to the next star; empty when the product is disqualified or already 5★
     * @throws ScoringException as {@link ScoringEngine#score(Rulebook, Evaluation)}
     */
    public Optional<NextStarAdvice> advise(Rulebook rulebook, Evaluation evaluation) {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(evaluation, "evaluation");
        ScoringEngine.Prepared p = ScoringEngine.prepare(rulebook, evaluation, policy);
        if (p.disqualified()) {
            return Optional.empty();
        }
        StarBands bands = StarBands.of(rulebook);
        StarRating rank = p.tally().rank(bands);
        return rank == StarRating.FIVE ? Optional.empty() : Optional.of(advise(p.tally(), bands, rank));
    }

    /**
     * Applies a plan to an evaluation, step by step as defined in the type's documentation: each step raises
     * its criterion to its target option for every member (and the consensus sheet) below it.
     *
     * @param rulebook the rulebook whose sheet the evaluation is scored on
     * @param evaluation the evaluation
     * @param plan the steps, e.g. {@link NextStarAdvice#getPlan()}
     * @return the evaluation with the plan applied
     * @throws ScoringException if the rulebook has no sheet for the evaluation or a step names no leaf criterion
     */
    public static Evaluation apply(Rulebook rulebook, Evaluation evaluation, List<PlanStep> plan) {
        CriteriaSheet sheet = rulebook.sheet(evaluation.getSheetNumber()).orElseThrow(() -> new ScoringException(
                ScoringException.Reason.NO_SUCH_SHEET, rulebook.getId(), evaluation.getSheetNumber()));
        CompiledSheet cs = CompiledSheet.of(sheet);
        List<MemberScores> members = new ArrayList<>();
        for (MemberScores m : evaluation.getMemberScores()) {
            members.add(raise(cs, m, plan));
        }
        Evaluation.Builder b = Evaluation.builder();
        b.from(evaluation);
        b.memberScores(members);
        evaluation.getConsensus().ifPresent(c -> b.consensus(raise(cs, c, plan)));
        return b.build();
    }

    private static MemberScores raise(CompiledSheet cs, MemberScores scores, List<PlanStep> plan) {
        Map<String, Integer> choices = new LinkedHashMap<>(scores.getChoices());
        for (PlanStep step : plan) {
            int leaf = cs.leafOf(step.getCriterionCode(), -1);
            if (leaf < 0) {
                throw new ScoringException(ScoringException.Reason.PLAN_STEP_NOT_LEAF,
                        step.getCriterionCode(), cs.sheet.getNumber());
            }
            Integer now = choices.get(step.getCriterionCode());
            if (below(cs, leaf, now == null ? -1 : now, step.getToOption())) {
                choices.put(step.getCriterionCode(), step.getToOption());
            }
        }
        return MemberScores.of(scores.getMemberId(), choices);
    }

    private static boolean below(CompiledSheet cs, int leaf, int choice, int to) {
        return choice < 0 || cs.pos[leaf][choice] < cs.pos[leaf][to];
    }

    /** The knapsack over a tally; see the type's documentation. */
    static NextStarAdvice advise(Tally t, StarBands bands, StarRating current) {
        CompiledSheet cs = t.cs;
        StarRating target = current.next();
        BigDecimal from = bands.startOf(target);
        long sum = t.sum;
        int n = t.members;
        BigDecimal needed = from.multiply(BigDecimal.valueOf(n)).subtract(BigDecimal.valueOf(sum));
        long deficit = needed.signum() <= 0 ? 0 : needed.setScale(0, java.math.RoundingMode.CEILING).longValueExact();

        int[] required = new int[cs.leafCount];
        java.util.Arrays.fill(required, -1);
        Set<String> failing = new LinkedHashSet<>();
        for (int i = 0; i < cs.gates.length; i++) {
            CompiledSheet.Gate g = cs.gates[i];
            if (g.star().compareTo(target) <= 0 && !t.gateMet(i)) {
                failing.add(cs.codes[g.leaf()]);
                required[g.leaf()] = Math.max(required[g.leaf()], cs.pos[g.leaf()][g.option()]);
            }
        }

        long neg = Long.MIN_VALUE / 4;
        int maxSteps = cs.leafCount;
        int width = maxSteps + 1;
        // two rolling layers (dp, next) and one flat table of picks, pick[l * width + j]: the option a plan of
        // j steps over leaves 0..l takes on leaf l, -1 for none (allocation-lean: no arrays per leaf); bytes
        // when every option index fits one (every shipped sheet), ints otherwise
        long[] dp = new long[width];
        long[] next = new long[width];
        java.util.Arrays.fill(dp, neg);
        dp[0] = 0;
        int options = 0;
        for (int[] p : cs.points) {
            options = Math.max(options, p.length);
        }
        byte[] smallPick = options <= Byte.MAX_VALUE ? new byte[cs.leafCount * width] : null;
        int[] pick = smallPick == null ? new int[cs.leafCount * width] : null;
        if (smallPick != null) {
            java.util.Arrays.fill(smallPick, (byte) -1);
        } else {
            java.util.Arrays.fill(pick, -1);
        }
        boolean reachable = true;
        int reach = 0; // dp[j] > neg only for j <= reach: the leaves that took a step so far
        for (int l = 0; l < cs.leafCount; l++) {
            boolean forced = required[l] >= 0;
            int base = l * width;
            for (int j = 0; j <= maxSteps; j++) {
                next[j] = forced ? neg : dp[j];
            }
            boolean stepped = false;
            if (!t.zeroed[l]) {
                for (int to = 0; to < cs.points[l].length; to++) {
                    if (!cs.known[l][to] || (forced && cs.pos[l][to] < required[l])) {
                        continue;
                    }
                    boolean anyBelow = t.consensus != null && below(cs, l, t.consensus[l], to);
                    long gain = 0;
                    for (int m = 0; m < n; m++) {
                        int c = t.choice[m][l];
                        if (below(cs, l, c, to)) {
                            anyBelow = true;
                            gain += cs.points[l][to] - cs.pointsOf(l, c);
                        }
                    }
                    if (!anyBelow || (!forced && gain <= 0)) {
                        continue;
                    }
                    stepped = true;
                    int last = Math.min(maxSteps, reach + 1);
                    for (int j = 1; j <= last; j++) {
                        if (dp[j - 1] > neg && dp[j - 1] + gain > next[j]) {
                            next[j] = dp[j - 1] + gain;
                            if (smallPick != null) {
                                smallPick[base + j] = (byte) to;
                            } else {
                                pick[base + j] = to;
                            }
                        }
                    }
                }
            }
            if (stepped) {
                reach = Math.min(maxSteps, reach + 1);
            }
            long[] swap = dp;
            dp = next;
            next = swap;
        }
        int steps = -1;
        for (int j = 0; j <= maxSteps; j++) {
            if (dp[j] > neg && dp[j] >= deficit) {
                steps = j;
                break;
            }
        }
        List<PlanStep> plan = new ArrayList<>();
        if (steps < 0) {
            reachable = false;
        } else {
            // Walk back: recompute each layer's choice from the stored picks.
            int j = steps;
            List<PlanStep> reversed = new ArrayList<>();
            for (int l = cs.leafCount - 1; l >= 0 && j >= 0; l--) {
                int to = smallPick != null ? smallPick[l * width + j] : pick[l * width + j];
                if (to >= 0) {
                    reversed.add(step(t, l, to));
                    j--;
                }
            }
            for (int i = reversed.size() - 1; i >= 0; i--) {
                plan.add(reversed.get(i));
            }
        }
        return NextStarAdvice.builder()
                .target(target)
                .pointsLacking(Averages.lacking(from, sum, n))
                .failingGates(List.copyOf(failing))
                .plan(plan)
                .reachable(reachable)
                .build();
    }

    private static PlanStep step(Tally t, int l, int to) {
        CompiledSheet cs = t.cs;
        long gain = 0;
        int lowest = Integer.MAX_VALUE;
        for (int m = 0; m < t.members; m++) {
            int c = t.choice[m][l];
            if (below(cs, l, c, to)) {
                gain += cs.points[l][to] - cs.pointsOf(l, c);
                lowest = Math.min(lowest, c);
            }
        }
        if (t.consensus != null && below(cs, l, t.consensus[l], to)) {
            lowest = Math.min(lowest, t.consensus[l]);
        }
        return PlanStep.builder().criterionCode(cs.codes[l]).fromOption(lowest).toOption(to)
                .pointsGained(Averages.of(gain, t.members)).build();
    }
}
