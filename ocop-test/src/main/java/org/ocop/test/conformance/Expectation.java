package org.ocop.test.conformance;

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
 *
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
 */
public record Expectation(Optional<ExactAverage> average, Optional<Integer> band, Optional<Integer> stars,
        Optional<Outcome> outcome, Optional<Set<String>> failedGates, Optional<Boolean> recognisable,
        Optional<AuthorityLevel> level, Optional<Boolean> fiveStarPotential, Optional<List<Integer>> memberTotals,
        List<String> warnings, Optional<NextStarExpectation> next, boolean noNext) {

    /**
     * Copies the collections.
     *
     * @param average the exact average
     * @param band the band's rank
     * @param stars the final rank or 0
     * @param outcome the outcome
     * @param failedGates the failed gates
     * @param recognisable whether recognisable
     * @param level the recognition level
     * @param fiveStarPotential whether 5★ potential
     * @param memberTotals the members' totals
     * @param warnings warning texts
     * @param next the next-star advice
     * @param noNext whether no advice is expected
     */
    public Expectation {
        failedGates = failedGates.map(Set::copyOf);
        memberTotals = memberTotals.map(List::copyOf);
        warnings = List.copyOf(warnings);
    }

    /**
     * The way to the next star a case expects.
     *
     * @param target the rank the advice aims at
     * @param lacking the points the average lacks for the target's band
     * @param failingGates the criteria whose gates for the target fail
     * @param steps the number of steps of the plan
     * @param plan the plan's steps, in order (empty: not checked step by step)
     */
    public record NextStarExpectation(int target, Optional<ExactAverage> lacking, Optional<Set<String>> failingGates,
            Optional<Integer> steps, List<PlanStepExpectation> plan) {

        /**
         * Copies the collections.
         *
         * @param target the target rank
         * @param lacking the points lacking
         * @param failingGates the failing gates
         * @param steps the plan's size
         * @param plan the plan's steps
         */
        public NextStarExpectation {
            failingGates = failingGates.map(Set::copyOf);
            plan = List.copyOf(plan);
        }
    }

    /**
     * One step of an expected plan.
     *
     * @param criterion the criterion to raise
     * @param from the option chosen now
     * @param to the option to reach
     * @param gain the points the average gains
     */
    public record PlanStepExpectation(String criterion, int from, int to, ExactAverage gain) {

        /**
         * Checks the values.
         *
         * @param criterion the criterion
         * @param from the option now
         * @param to the option to reach
         * @param gain the gain
         */
        public PlanStepExpectation {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(gain, "gain");
        }
    }

    /**
     * @param r a result
     * @return what the result gets wrong, one line per fact ({@code "stars: expected 3★ but was 2★"}); empty
     *     when it meets every expectation
     */
    public List<String> differences(ScoreResult r) {
        List<String> d = new ArrayList<>();
        average.filter(a -> !a.matches(r.getAverageScore()))
                .ifPresent(a -> d.add("average: expected " + a + " but was " + r.getAverageScore().toPlainString()));
        band.filter(b -> r.getBand().stars() != b)
                .ifPresent(b -> d.add("band: expected " + b + "★ but was " + r.getBand().symbol()));
        stars.ifPresent(s -> {
            Optional<Integer> actual = r.getStars().map(StarRating::stars);
            if (!actual.equals(s == 0 ? Optional.empty() : Optional.of(s))) {
                d.add("stars: expected " + stars(s) + " but was " + actual.map(Expectation::stars).orElse(stars(0)));
            }
        });
        outcome.filter(o -> o != r.getOutcome())
                .ifPresent(o -> d.add("outcome: expected " + o + " but was " + r.getOutcome()));
        failedGates.ifPresent(g -> {
            Set<String> actual = failedGateCodes(r);
            if (!actual.equals(new TreeSet<>(g))) {
                d.add("failed gates: expected " + new TreeSet<>(g) + " but were " + actual);
            }
        });
        recognisable.filter(x -> x != r.isRecognisable())
                .ifPresent(x -> d.add("recognisable: expected " + x + " but was " + r.isRecognisable()));
        level.filter(l -> !r.getRecognitionLevel().equals(Optional.of(l)))
                .ifPresent(l -> d.add("recognition level: expected " + l + " but was "
                        + r.getRecognitionLevel().map(Enum::name).orElse("none")));
        fiveStarPotential.filter(x -> x != r.isFiveStarPotential())
                .ifPresent(x -> d.add("5★ potential: expected " + x + " but was " + r.isFiveStarPotential()));
        memberTotals.ifPresent(t -> {
            List<Integer> actual = r.getMemberTotals().stream().map(MemberTotal::getTotal).toList();
            if (!actual.equals(t)) {
                d.add("member totals: expected " + t + " but were " + actual);
            }
        });
        List<String> texts = warningTexts(r);
        for (String w : warnings) {
            if (texts.stream().noneMatch(t -> t.contains(w))) {
                d.add("warnings: expected one containing '" + w + "' but they were " + texts);
            }
        }
        next.ifPresent(n -> nextDifferences(n, r, d));
        if (noNext && r.getNextStar().isPresent()) {
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
        average.filter(a -> !a.equals(r.average()))
                .ifPresent(a -> d.add("average: expected " + a + " but was " + r.average()));
        stars.ifPresent(s -> {
            if (!r.stars().equals(s == 0 ? Optional.empty() : Optional.of(s))) {
                d.add("stars: expected " + stars(s) + " but was " + r.stars().map(Expectation::stars).orElse(stars(0)));
            }
        });
        outcome.filter(o -> o != r.outcome())
                .ifPresent(o -> d.add("outcome: expected " + o + " but was " + r.outcome()));
        failedGates.ifPresent(g -> {
            if (!new TreeSet<>(r.failedGates()).equals(new TreeSet<>(g))) {
                d.add("failed gates: expected " + new TreeSet<>(g) + " but were " + new TreeSet<>(r.failedGates()));
            }
        });
        return d;
    }

    private static void nextDifferences(NextStarExpectation n, ScoreResult r, List<String> d) {
        if (r.getNextStar().isEmpty()) {
            d.add("next star: expected advice for " + n.target() + "★ but there is none");
            return;
        }
        NextStarAdvice a = r.getNextStar().get();
        if (a.getTarget().stars() != n.target()) {
            d.add("next star: expected advice for " + n.target() + "★ but it aims at " + a.getTarget().symbol());
        }
        n.lacking().filter(l -> !l.matches(a.getPointsLacking())).ifPresent(l -> d.add("next star: expected "
                + l + " points lacking but were " + a.getPointsLacking().toPlainString()));
        n.failingGates().filter(g -> !new TreeSet<>(g).equals(new TreeSet<>(a.getFailingGates())))
                .ifPresent(g -> d.add("next star: expected failing gates " + new TreeSet<>(g) + " but were "
                        + new TreeSet<>(a.getFailingGates())));
        n.steps().filter(s -> s != a.getPlan().size()).ifPresent(s -> d.add("next star: expected a plan of " + s
                + " steps but it has " + a.getPlan().size()));
        for (int i = 0; i < n.plan().size(); i++) {
            PlanStepExpectation e = n.plan().get(i);
            if (i >= a.getPlan().size()) {
                d.add("next star: expected step " + (i + 1) + " to raise " + e.criterion() + " but the plan has "
                        + a.getPlan().size() + " steps");
                continue;
            }
            PlanStep s = a.getPlan().get(i);
            if (!s.getCriterionCode().equals(e.criterion()) || s.getFromOption() != e.from()
                    || s.getToOption() != e.to() || !e.gain().matches(s.getPointsGained())) {
                d.add("next star: expected step " + (i + 1) + " to raise " + e.criterion() + " from option "
                        + e.from() + " to " + e.to() + " (+" + e.gain() + ") but it raises " + s.getCriterionCode()
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
        for (GateCheck g : r.failedGates()) {
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
