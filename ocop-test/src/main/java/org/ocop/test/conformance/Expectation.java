package org.ocop.test.conformance;

import org.immutables.value.Value;
import org.ocop.core.OcopStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ScoreResult;

/**
 * What a conformance case expects (its {@code "expect"} object). Every fact is optional: an absent one is not
 * checked. {@link #differences(ScoreResult)} and {@link #differences(NeutralResult)} list what a result gets
 * wrong, one line per fact, each naming the expected and the actual value.
 */
@OcopStyle
@Value.Immutable
public abstract class Expectation {

    Expectation() {}

    /**
     * @param average the exact average of the members' totals
     * @param band the rank of the average's band, 1 to 5
     * @param stars the final rank, 1 to 5, or 0 for "no rank" (disqualified)
     * @param outcome ranked, disqualified or not final
     * @param failedGates every criterion with a failed star gate
     * @param recognisable whether the rank can be recognised
     * @param level the level that recognises the rank
     * @param fiveStarPotential whether a provincial council's average is 90 or more
     * @param memberTotals each member's total, in order
     * @param warnings texts the result's warnings contain (English)
     * @param next the way to the next star
     * @param noNext whether there must be no next-star advice
     * @return the value
     */
    public static Expectation of(Optional<ExactAverage> average, Optional<Integer> band, Optional<Integer> stars,
            Optional<Outcome> outcome, Optional<Set<String>> failedGates, Optional<Boolean> recognisable,
            Optional<AuthorityLevel> level, Optional<Boolean> fiveStarPotential, Optional<List<Integer>> memberTotals,
            List<String> warnings, Optional<NextStarExpectation> next, boolean noNext) {
        failedGates = failedGates.map(Set::copyOf);
        memberTotals = memberTotals.map(List::copyOf);
        return ImmutableExpectation.of(average, band, stars, outcome, failedGates, recognisable, level,
                fiveStarPotential, memberTotals, warnings, next, noNext);
    }

    /** @return the exact average of the members' totals */
    @Value.Parameter
    public abstract Optional<ExactAverage> getAverage();

    /** @return the rank of the average's band, 1 to 5 */
    @Value.Parameter
    public abstract Optional<Integer> getBand();

    /** @return the final rank, 1 to 5, or 0 for "no rank" (disqualified) */
    @Value.Parameter
    public abstract Optional<Integer> getStars();

    /** @return ranked, disqualified or not final */
    @Value.Parameter
    public abstract Optional<Outcome> getOutcome();

    /** @return every criterion with a failed star gate */
    @Value.Parameter
    public abstract Optional<Set<String>> getFailedGates();

    /** @return whether the rank can be recognised */
    @Value.Parameter
    public abstract Optional<Boolean> getRecognisable();

    /** @return the level that recognises the rank */
    @Value.Parameter
    public abstract Optional<AuthorityLevel> getLevel();

    /** @return whether a provincial council's average is 90 or more */
    @Value.Parameter
    public abstract Optional<Boolean> getFiveStarPotential();

    /** @return each member's total, in order */
    @Value.Parameter
    public abstract Optional<List<Integer>> getMemberTotals();

    /** @return texts the result's warnings contain (English) */
    @Value.Parameter
    public abstract List<String> getWarnings();

    /** @return the way to the next star */
    @Value.Parameter
    public abstract Optional<NextStarExpectation> getNext();

    /** @return whether there must be no next-star advice */
    @Value.Parameter
    public abstract boolean isNoNext();

    /**
     * The way to the next star a case expects.
     */
    @OcopStyle
    @Value.Immutable
    public abstract static class NextStarExpectation {

        NextStarExpectation() {}

        /**
         * @param target the rank the advice aims at
         * @param lacking the points the average lacks for the target's band
         * @param failingGates the criteria whose gates for the target fail
         * @param steps the number of steps of the plan
         * @param plan the plan's steps, in order (empty: not checked step by step)
         * @return the value
         */
        public static NextStarExpectation of(int target, Optional<ExactAverage> lacking,
                Optional<Set<String>> failingGates, Optional<Integer> steps, List<PlanStepExpectation> plan) {
        failingGates = failingGates.map(Set::copyOf);
            return ImmutableNextStarExpectation.of(target, lacking, failingGates, steps, plan);
        }

        /** @return the rank the advice aims at */
        @Value.Parameter
        public abstract int getTarget();

        /** @return the points the average lacks for the target's band */
        @Value.Parameter
        public abstract Optional<ExactAverage> getLacking();

        /** @return the criteria whose gates for the target fail */
        @Value.Parameter
        public abstract Optional<Set<String>> getFailingGates();

        /** @return the number of steps of the plan */
        @Value.Parameter
        public abstract Optional<Integer> getSteps();

        /** @return the plan's steps, in order (empty: not checked step by step) */
        @Value.Parameter
        public abstract List<PlanStepExpectation> getPlan();
    }

    /**
     * One step of an expected plan.
     */
    @OcopStyle
    @Value.Immutable
    public abstract static class PlanStepExpectation {

        PlanStepExpectation() {}

        /**
         * @param criterion the criterion to raise
         * @param from the option chosen now
         * @param to the option to reach
         * @param gain the points the average gains
         * @return the value
         */
        public static PlanStepExpectation of(String criterion, int from, int to, ExactAverage gain) {
            return ImmutablePlanStepExpectation.of(criterion, from, to, gain);
        }

        /** @return the criterion to raise */
        @Value.Parameter
        public abstract String getCriterion();

        /** @return the option chosen now */
        @Value.Parameter
        @SuppressWarnings("immutables:from") // no builder copy method; built with of(..)
        public abstract int getFrom();

        /** @return the option to reach */
        @Value.Parameter
        public abstract int getTo();

        /** @return the points the average gains */
        @Value.Parameter
        public abstract ExactAverage getGain();
    }

    /**
     * @param r a result
     * @return what the result gets wrong, one line per fact ({@code "stars: expected 3★ but was 2★"}); empty
     *     when it meets every expectation
     */
    public List<String> differences(ScoreResult r) {
        List<String> d = new ArrayList<>();
        getAverage().filter(a -> !a.matches(r.getAverageScore()))
                .ifPresent(a -> d.add("average: expected " + a + " but was " + r.getAverageScore().toPlainString()));
        getBand().filter(b -> r.getBand().stars() != b)
                .ifPresent(b -> d.add("band: expected " + b + "★ but was " + r.getBand().symbol()));
        getStars().ifPresent(s -> {
            Optional<Integer> actual = r.getStars().map(StarRating::stars);
            if (!actual.equals(s == 0 ? Optional.empty() : Optional.of(s))) {
                d.add("stars: expected " + stars(s) + " but was " + actual.map(Expectation::stars).orElse(stars(0)));
            }
        });
        getOutcome().filter(o -> o != r.getOutcome())
                .ifPresent(o -> d.add("outcome: expected " + o + " but was " + r.getOutcome()));
        getFailedGates().ifPresent(g -> {
            Set<String> actual = failedGateCodes(r);
            if (!actual.equals(new TreeSet<>(g))) {
                d.add("failed gates: expected " + new TreeSet<>(g) + " but were " + actual);
            }
        });
        getRecognisable().filter(x -> x != r.isRecognisable())
                .ifPresent(x -> d.add("recognisable: expected " + x + " but was " + r.isRecognisable()));
        getLevel().filter(l -> !r.getRecognitionLevel().equals(Optional.of(l)))
                .ifPresent(l -> d.add("recognition level: expected " + l + " but was "
                        + r.getRecognitionLevel().map(Enum::name).orElse("none")));
        getFiveStarPotential().filter(x -> x != r.isFiveStarPotential())
                .ifPresent(x -> d.add("5★ potential: expected " + x + " but was " + r.isFiveStarPotential()));
        getMemberTotals().ifPresent(t -> {
            List<Integer> actual = r.getMemberTotals().stream().map(MemberTotal::getTotal).toList();
            if (!actual.equals(t)) {
                d.add("member totals: expected " + t + " but were " + actual);
            }
        });
        List<String> texts = warningTexts(r);
        for (String w : getWarnings()) {
            if (texts.stream().noneMatch(t -> t.contains(w))) {
                d.add("warnings: expected one containing '" + w + "' but they were " + texts);
            }
        }
        getNext().ifPresent(n -> nextDifferences(n, r, d));
        if (isNoNext() && r.getNextStar().isPresent()) {
            d.add("next star: expected no advice but it aims at " + r.getNextStar().get().getTarget().symbol());
        }
        return d;
    }

    /**
     * @param r a neutral result
     * @return what it gets wrong of the facts it carries (average, stars, outcome, failed gates)
     */
    public List<String> differences(NeutralResult r) {
        List<String> d = new ArrayList<>();
        getAverage().filter(a -> !a.equals(r.getAverage()))
                .ifPresent(a -> d.add("average: expected " + a + " but was " + r.getAverage()));
        getStars().ifPresent(s -> {
            if (!r.getStars().equals(s == 0 ? Optional.empty() : Optional.of(s))) {
                d.add("stars: expected " + stars(s) + " but was " + r.getStars().map(Expectation::stars).orElse(stars(0)));
            }
        });
        getOutcome().filter(o -> o != r.getOutcome())
                .ifPresent(o -> d.add("outcome: expected " + o + " but was " + r.getOutcome()));
        getFailedGates().ifPresent(g -> {
            if (!new TreeSet<>(r.getFailedGates()).equals(new TreeSet<>(g))) {
                d.add("failed gates: expected " + new TreeSet<>(g) + " but were " + new TreeSet<>(r.getFailedGates()));
            }
        });
        return d;
    }

    private static void nextDifferences(NextStarExpectation n, ScoreResult r, List<String> d) {
        if (r.getNextStar().isEmpty()) {
            d.add("next star: expected advice for " + n.getTarget() + "★ but there is none");
            return;
        }
        NextStarAdvice a = r.getNextStar().get();
        if (a.getTarget().stars() != n.getTarget()) {
            d.add("next star: expected advice for " + n.getTarget() + "★ but it aims at " + a.getTarget().symbol());
        }
        n.getLacking().filter(l -> !l.matches(a.getPointsLacking())).ifPresent(l -> d.add("next star: expected "
                + l + " points lacking but were " + a.getPointsLacking().toPlainString()));
        n.getFailingGates().filter(g -> !new TreeSet<>(g).equals(new TreeSet<>(a.getFailingGates())))
                .ifPresent(g -> d.add("next star: expected failing gates " + new TreeSet<>(g) + " but were "
                        + new TreeSet<>(a.getFailingGates())));
        n.getSteps().filter(s -> s != a.getPlan().size()).ifPresent(s -> d.add("next star: expected a plan of " + s
                + " steps but it has " + a.getPlan().size()));
        for (int i = 0; i < n.getPlan().size(); i++) {
            PlanStepExpectation e = n.getPlan().get(i);
            if (i >= a.getPlan().size()) {
                d.add("next star: expected step " + (i + 1) + " to raise " + e.getCriterion() + " but the plan has "
                        + a.getPlan().size() + " steps");
                continue;
            }
            PlanStep s = a.getPlan().get(i);
            if (!s.getCriterionCode().equals(e.getCriterion()) || s.getFromOption() != e.getFrom()
                    || s.getToOption() != e.getTo() || !e.getGain().matches(s.getPointsGained())) {
                d.add("next star: expected step " + (i + 1) + " to raise " + e.getCriterion() + " from option "
                        + e.getFrom() + " to " + e.getTo() + " (+" + e.getGain() + ") but it raises " + s.getCriterionCode()
                        + " from option " + s.getFromOption() + " to " + s.getToOption() + " (+"
                        + s.getPointsGained().toPlainString() + ")");
            }
        }
    }

    /**
     * @param r a result
     * @return the codes of the criteria with a failed gate, sorted, each once
     */
    static Set<String> failedGateCodes(ScoreResult r) {
        Set<String> codes = new TreeSet<>();
        for (GateCheck g : r.getFailedGates()) {
            codes.add(g.getCriterionCode());
        }
        return codes;
    }

    /**
     * The one place that reads a result's warnings as text (English), so a change of the warning type touches
     * only this method.
     *
     * @param r a result
     * @return its warnings' texts
     */
    public static List<String> warningTexts(ScoreResult r) {
        List<String> texts = new ArrayList<>();
        r.getWarnings().forEach(w -> texts.add(w.text(Locale.ENGLISH)));
        return texts;
    }

    private static String stars(int s) {
        return s == 0 ? "no rank (disqualified)" : s + "★";
    }
}
