package org.ocop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopValidationException;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.Ranking;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.ScoringException;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The lean path ({@link ScoringEngine#rank}), the explained path ({@link ScoringEngine#score}) and the
 * int-array baseline ({@link IntArrayScorer}) agree on rank, exact average and outcome for seeded random
 * councils (1 to 9 members, choices from strongly biased towards the worst option to towards the best, conditional
 * criteria sometimes left out, choices in printed or in random order under codes read as fresh strings) on every
 * complete sheet of every shipped rulebook; the explained gates report the members' choices as given; and both
 * paths refuse the same broken evaluations.
 */
class LeanExplainedBaselineAgreeTest {

    private static final int COUNCILS_PER_SHEET = 40;

    @Test
    void threePathsAgreeOnEveryCompleteSheetOfEveryShippedRulebook() {
        int sheets = 0;
        int ranks = 0;
        for (Rulebook rulebook : Rulebooks.all()) {
            for (CriteriaSheet sheet : rulebook.getSheets()) {
                if (!sheet.isComplete()) {
                    continue;
                }
                sheets++;
                IntArraySheet flat = IntArraySheet.of(rulebook, sheet);
                SplittableRandom random = new SplittableRandom(31L * sheet.getNumber() + rulebook.getId().hashCode());
                for (int i = 0; i < COUNCILS_PER_SHEET; i++) {
                    Evaluation e = randomCouncil(sheet, random, i);
                    int members = e.getMemberScores().size();
                    String where = rulebook.getId() + " sheet " + sheet.getNumber() + " council " + i;

                    ScoreResult explained = ScoringEngine.standard().score(rulebook, e);
                    Ranking lean = ScoringEngine.standard().rank(rulebook, e);
                    int[][] choices = flat.choices(e);
                    long packed = IntArrayScorer.score(flat, choices, new int[3 * members]);
                    int baselineRank = (int) (packed >>> 32);
                    long baselineSum = packed & 0xFFFF_FFFFL;

                    assertThat(lean.getOutcome()).as(where).isEqualTo(explained.getOutcome()).isEqualTo(Outcome.RANKED);
                    assertThat(lean.getStars()).as(where).isEqualTo(explained.getStars());
                    assertThat(lean.getStars().map(StarRating::stars)).as(where).contains(baselineRank);
                    assertThat(lean.getBand()).as(where).isEqualTo(explained.getBand());
                    assertThat(lean.isRecognisable()).as(where).isEqualTo(explained.isRecognisable());
                    assertThat(lean.getRecognitionLevel()).as(where).isEqualTo(explained.getRecognitionLevel());
                    assertThat(lean.getSum()).as(where).isEqualTo(baselineSum);
                    assertThat(lean.getMembers()).as(where).isEqualTo(members);
                    assertThat(lean.getAverageScore()).as(where).isEqualByComparingTo(explained.getAverageScore());
                    // the exact average, independently: the members' totals of the explained result
                    long sum = explained.getMemberTotals().stream().mapToLong(t -> t.getTotal()).sum();
                    assertThat(sum).as(where).isEqualTo(baselineSum);
                    assertThat(lean.getAverageExact()).as(where).isEqualTo(reduced(sum, members));
                    // the gates report each member's choice as given (absent when left out)
                    for (GateCheck g : explained.getGates()) {
                        Map<String, Integer> expected = new LinkedHashMap<>();
                        for (MemberScores m : e.getMemberScores()) {
                            Integer chosen = m.getChoices().get(g.getCriterionCode());
                            if (chosen != null) {
                                expected.put(m.getMemberId(), chosen);
                            }
                        }
                        assertThat(g.getMemberChoices()).as(where).isEqualTo(expected);
                    }
                    ranks |= 1 << baselineRank;
                    if (i % 8 == 0) {
                        bothRefuse(rulebook, broken(e, sheet, random), where);
                    }
                }
            }
        }
        // 26 sheets of 26/2026 and the complete sheets of 148; every rank from 1★ to 5★ is reached
        assertThat(sheets).isGreaterThan(26);
        assertThat(Integer.bitCount(ranks)).isEqualTo(5);
    }

    /**
     * Both paths refuse an evaluation that does not fit (the same exception type) and {@link
     * ScoringEngine#violations} names what is wrong; a member filling two sheets is a {@link ScoringException}.
     */
    private static void bothRefuse(Rulebook rulebook, Evaluation e, String where) {
        boolean twoSheets = e.getMemberScores().stream().map(MemberScores::getMemberId).distinct().count()
                < e.getMemberScores().size();
        Class<? extends Exception> expected = twoSheets ? ScoringException.class : OcopValidationException.class;
        assertThatThrownBy(() -> ScoringEngine.standard().score(rulebook, e)).as(where).isInstanceOf(expected);
        assertThatThrownBy(() -> ScoringEngine.standard().rank(rulebook, e)).as(where).isInstanceOf(expected);
        if (!twoSheets) {
            assertThat(ScoringEngine.violations(rulebook, e)).as(where).isNotEmpty();
        }
    }

    /**
     * One fault in a valid evaluation, at random: a code not on the sheet, an option past the last, a required
     * criterion left out, or the first member's sheet filled twice.
     */
    private static Evaluation broken(Evaluation valid, CriteriaSheet sheet, SplittableRandom random) {
        List<MemberScores> members = new ArrayList<>(valid.getMemberScores());
        int fault = random.nextInt(4);
        if (fault == 3) {
            members.add(MemberScores.of(members.get(0).getMemberId(), members.get(0).getChoices()));
            return Evaluation.builder().from(valid).memberScores(members).build();
        }
        int m = random.nextInt(members.size());
        Map<String, Integer> choices = new LinkedHashMap<>(members.get(m).getChoices());
        String code = new ArrayList<>(choices.keySet()).get(random.nextInt(choices.size()));
        if (fault == 0) {
            choices.put("99.99", 0);
        } else if (fault == 1) {
            choices.put(code, 99);
        } else {
            List<String> required = sheet.getLeafCriteria().stream().filter(c -> c.getKind() != CriterionKind.CONDITIONAL)
                    .map(Criterion::getCode).toList();
            choices.remove(required.get(random.nextInt(required.size())));
        }
        members.set(m, MemberScores.of(members.get(m).getMemberId(), choices));
        return Evaluation.builder().from(valid).memberScores(members).build();
    }

    /** The fraction sum / members in lowest terms, written here independently of the engine. */
    private static String reduced(long sum, int members) {
        long a = sum;
        long b = members;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        long g = Math.max(1, a);
        return members / g == 1 ? String.valueOf(sum / g) : (sum / g) + "/" + (members / g);
    }

    /** A council of 1 to 9 members; each member's choices lean towards the best or the worst option by a random bias. */
    private static Evaluation randomCouncil(CriteriaSheet sheet, SplittableRandom random, int index) {
        Evaluation base = Fixtures.evaluation(sheet, 1 + random.nextInt(9), random.nextLong(), index);
        Evaluation.Builder b = Evaluation.builder().from(base).memberScores(java.util.List.of());
        int bias = random.nextInt(9) - 4; // below 0: towards the worst option
        for (MemberScores m : base.getMemberScores()) {
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (Criterion leaf : sheet.getLeafCriteria()) {
                if (leaf.getKind() == CriterionKind.CONDITIONAL && random.nextInt(4) == 0) {
                    continue;
                }
                int size = leaf.getScoringOptions().size();
                int pick = random.nextInt(size);
                for (int k = 0; k < Math.abs(bias); k++) {
                    pick = bias > 0 ? Math.max(pick, random.nextInt(size)) : Math.min(pick, random.nextInt(size));
                }
                // a criterion whose condition is data (5.2 requires 5.1) is left out when its condition fails
                if (leaf.getRequiredCriterion().map(r -> choices.getOrDefault(r, 0) > 0).orElse(true)) {
                    choices.put(leaf.getCode(), pick);
                }
            }
            b.addMemberScores(MemberScores.of(m.getMemberId(), random.nextBoolean() ? choices : reordered(choices, random)));
        }
        return b.build();
    }

    /**
     * The same choices in a random order under codes that are equal strings but not the sheet's own instances
     * (as read from a file): the lean path's identity and printed-order shortcuts must not matter.
     */
    private static Map<String, Integer> reordered(Map<String, Integer> choices, SplittableRandom random) {
        List<String> codes = new ArrayList<>(choices.keySet());
        for (int i = codes.size() - 1; i > 0; i--) {
            Collections.swap(codes, i, random.nextInt(i + 1));
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        for (String code : codes) {
            copy.put(new String(code.toCharArray()), choices.get(code));
        }
        return copy;
    }
}
