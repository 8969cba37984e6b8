package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopException;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Edge cases of the engine and its policies found by mutation testing (QUALITY.md): boundaries of the policy
 * values, exact averages of terminating fractions, the compiled-sheet cache, composite criteria, option 0 in
 * gate explanations, warnings. Expected values are worked out by hand in the comments.
 */
class EngineEdgeCasesTest {

    private static final Rulebook QD26 = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();

    @Test
    void quorumBoundaries() {
        assertThatCode(() -> ScoringPolicy.Quorum.of(0, 1, false)).doesNotThrowAnyException(); // 0/1: no one needed
        assertThatCode(() -> ScoringPolicy.Quorum.of(1, 1, true)).doesNotThrowAnyException(); // 1/1: everyone
        assertThatThrownBy(() -> ScoringPolicy.Quorum.of(0, 0, false)).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.Quorum.of(-1, 2, false)).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.Quorum.of(3, 2, false)).isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void policyValueBoundaries() {
        assertThat(ScoringPolicy.builder().maxSpread(0).build().getMaxSpread()).contains(0);
        assertThatThrownBy(() -> ScoringPolicy.builder().maxSpread(-1).build()).isInstanceOf(InvalidPolicyException.class);
        assertThat(ScoringPolicy.builder().maxCouncil(1).build().getMaxCouncil()).isEqualTo(1);
        assertThatThrownBy(() -> ScoringPolicy.builder().maxCouncil(0).build()).isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void policiesDescribeThemselves() {
        ScoringPolicy spread = ScoringPolicy.builder().maxSpread(10).build();
        assertThat(ScoringPolicy.standard().toString()).contains("STRICT_MAJORITY", "DISQUALIFY");
        assertThat(spread.toString()).contains("10");
        assertThat(spread.hashCode()).isEqualTo(ScoringPolicy.builder().maxSpread(10).build().hashCode())
                .isNotEqualTo(ScoringPolicy.standard().hashCode());
        assertThat(RecognitionPolicy.forRulebook(Rulebooks.QD_26_2026).toString()).contains(Rulebooks.QD_26_2026);
    }

    @Test
    void terminatingAveragesAreExactWithTheirNaturalScale() {
        // 3 / 6 = 0.5 exactly (reduced denominator 2); 1 / 5 = 0.2 (denominator 5); 7 / 20 = 0.35 (2 * 2 * 5)
        assertThat(Averages.of(3, 6)).isEqualTo(new BigDecimal("0.5"));
        assertThat(Averages.of(1, 5)).isEqualTo(new BigDecimal("0.2"));
        assertThat(Averages.of(7, 20)).isEqualTo(new BigDecimal("0.35"));
        // 10 / 3 does not terminate: 10 decimals, half-even
        assertThat(Averages.of(10, 3)).isEqualTo(new BigDecimal("3.3333333333"));
    }

    @Test
    void compiledSheetsAreCachedPerSheetInstance() {
        // fresh copies: new identities, never compiled by another test
        CriteriaSheet one = CriteriaSheet.builder().from(QD26.sheet(1).orElseThrow()).build();
        CriteriaSheet two = CriteriaSheet.builder().from(QD26.sheet(2).orElseThrow()).build();
        CompiledSheet first = CompiledSheet.of(one);
        assertThat(CompiledSheet.of(one)).isSameAs(first);
        assertThat(CompiledSheet.of(two)).isNotSameAs(first);
        assertThat(CompiledSheet.of(one)).isSameAs(first); // compiling another sheet kept the first one
    }

    @Test
    void compositeCriteriaScoreThroughTheirSubCriteria() {
        // sheet 11 (tea) has composites 6.1 and 6.2: every member choosing every leaf's best option totals the
        // sheet maximum, 100, so the average is 100 and every gate is met: 5★
        // a copy of the rulebook with fresh sheet instances, so that this test compiles sheet 11 itself
        Rulebook copy = Rulebook.builder().from(QD26).sheets(QD26.getSheets().stream()
                .map(s -> CriteriaSheet.builder().from(s).build()).collect(java.util.stream.Collectors.toList())).build();
        CriteriaSheet tea = copy.sheet(11).orElseThrow();
        assertThat(tea.getCriteriaByCode().get("6.1").getSubCriteria()).isNotEmpty();
        ScoreResult r = ScoringEngine.standard().score(copy, evaluation(tea, 3, EngineEdgeCasesTest::best, null));
        assertThat(r.getAverageScore()).isEqualByComparingTo("100");
        assertThat(r.getMemberTotals()).allSatisfy(t -> assertThat(t.getTotal()).isEqualTo(100));
        assertThat(r.getStars()).contains(StarRating.FIVE);
        // the worst options everywhere score the sum of the lowest options: below the best
        ScoreResult low = ScoringEngine.standard().score(copy, evaluation(tea, 3, c -> 0, null));
        assertThat(low.getAverageScore()).isLessThan(new BigDecimal("100"));
    }

    @Test
    void gateExplanationsKeepOptionZeroChoices() {
        // every member chooses option 0 everywhere: each gate lists every member with choice 0, and is failed
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        ScoreResult r = ScoringEngine.standard().score(QD26, evaluation(fresh, 3, c -> 0, null));
        assertThat(r.getGates()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.getMemberChoices()).containsOnlyKeys("M1", "M2", "M3").containsValue(0);
        });
        assertThat(r.getGates()).filteredOn(g -> g.getRequiredOption() > 0).allSatisfy(g -> assertThat(g.isMet()).isFalse());
        assertThat(r.getStars().orElseThrow().stars()).isLessThanOrEqualTo(2);
    }

    @Test
    void spreadReasonNamesTheSpread() {
        // member totals: all-best = 100, all-worst = w < 100; spread 100 - w over an allowed 0
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        Evaluation e = evaluation(fresh, 2, EngineEdgeCasesTest::best, null);
        Map<String, Integer> worst = new LinkedHashMap<>();
        // option 0 everywhere; 5.2 left out, as 5.1 at option 0 means no story
        fresh.getLeafCriteria().stream().filter(c -> c.getRequiredCriterion().isEmpty()).forEach(c -> worst.put(c.getCode(), 0));
        Evaluation mixed = Evaluation.builder().from(e).memberScores(java.util.List.of(e.getMemberScores().get(0),
                MemberScores.of("M2", worst))).build();
        ScoreResult r = ScoringEngine.with(ScoringPolicy.builder().maxSpread(0).build()).score(QD26, mixed);
        int w = r.getMemberTotals().get(1).getTotal();
        assertThat(r.getNotFinalReasons()).containsExactly(ResultNote.of(NoteCode.SPREAD_TOO_WIDE, w, 100, 100 - w, 0));
        assertThat(r.getNotFinalReasons().get(0).text(Locale.ENGLISH))
                .contains("from " + w + " to 100", "a spread of " + (100 - w), "allowed 0");
    }

    @Test
    void namedRulebookMismatchIsRefusedNamingBothIds() {
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        Evaluation named148 = Evaluation.builder().from(evaluation(fresh, 1, EngineEdgeCasesTest::best, null))
                .rulebookId(Rulebooks.QD_148_2023).build();
        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> ScoringEngine.standard().score(QD26, named148),
                () -> ScoringEngine.standard().rank(QD26, named148), () -> ScoringEngine.violations(QD26, named148))) {
            assertThatThrownBy(call).isInstanceOf(ScoringException.class).isInstanceOf(OcopException.class)
                    .hasMessageContaining("names rulebook QD-148-2023").hasMessageContaining("rulebook QD-26-2026");
        }
        Evaluation named26 = Evaluation.builder().from(named148).rulebookId(Rulebooks.QD_26_2026).build();
        assertThat(ScoringEngine.standard().score(QD26, named26).getWarnings())
                .noneSatisfy(w -> assertThat(w.text(Locale.ENGLISH)).contains("names rulebook"));
    }

    @Test
    void aCouncilOverThePolicyLimitIsRefusedWithTheLimit() {
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        Evaluation one = evaluation(fresh, 1, EngineEdgeCasesTest::best, null);
        ScoringEngine none = ScoringEngine.with(ScoringPolicy.builder().maxCouncil(1).build());
        assertThatCode(() -> none.score(QD26, one)).doesNotThrowAnyException();
        Evaluation.Builder b = Evaluation.builder().from(one).memberScores(List.of());
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE);
        for (int m = 0; m < 51; m++) {
            b.addMemberScores(MemberScores.of("M" + m, one.getMemberScores().get(0).getChoices()));
            council.addMembers(CouncilMember.of("M" + m, "Member " + m));
        }
        Evaluation big = b.council(council.build()).build();
        assertThatThrownBy(() -> ScoringEngine.standard().score(QD26, big)).isInstanceOf(ScoringException.class)
                .hasMessageContaining("51 members").hasMessageContaining("50").hasMessageContaining("maxCouncil");
        assertThatThrownBy(() -> ScoringEngine.standard().rank(QD26, big)).isInstanceOf(ScoringException.class);
        ScoringException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ScoringEngine.standard().score(QD26, big), ScoringException.class);
        assertThat(e.getReason()).contains(ScoringException.Reason.COUNCIL_TOO_LARGE);
        assertThat(e.getParameters()).containsExactly("51", "50");
        assertThat(e.getMessage()).isEqualTo("The council has 51 members, more than the 50 this engine scores (policy "
                + "option maxCouncil; no rule sets a maximum, the limit is a decision of this library)");
        assertThat(e.text(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.text(Locale.forLanguageTag("vi"))).isEqualTo("Hội đồng có 51 thành viên, nhiều hơn mức 50 mà "
                + "thư viện chấm (tùy chọn maxCouncil; không có quy định nào về số thành viên tối đa, giới hạn này do "
                + "thư viện đặt ra)");
        assertThat(ScoringEngine.with(ScoringPolicy.builder().maxCouncil(51).build()).rank(QD26, big).getStars())
                .contains(StarRating.FIVE);
    }

    @Test
    void aMemberFillingTwoSheetsIsRefusedNamingTheMember() {
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        Evaluation two = evaluation(fresh, 2, EngineEdgeCasesTest::best, null);
        // M2's sheet filed a second time under M1's id: the gates' choices by member id could not tell them apart
        Evaluation twice = Evaluation.builder().from(two).memberScores(List.of(two.getMemberScores().get(0),
                MemberScores.of(two.getMemberScores().get(0).getMemberId(), two.getMemberScores().get(1).getChoices())))
                .build();
        String id = two.getMemberScores().get(0).getMemberId();
        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> ScoringEngine.standard().score(QD26, twice),
                () -> ScoringEngine.standard().rank(QD26, twice))) {
            assertThatThrownBy(call).isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Member " + id + " fills two sheets")
                    .hasMessageContaining("memberScores[0]").hasMessageContaining("memberScores[1]");
        }
    }

    @Test
    void zeroRemainingKnockoutWarningsSayWhetherTheSheetPrintsOne() {
        // sheet 1: criterion 1.1 prints no knock-out; 6.1 carries the printed halt note (data README)
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        assertThat(fresh.getCriteriaByCode().get("1.1").getKnockout()).isEmpty();
        assertThat(fresh.getCriteriaByCode().get("6.1").getKnockout()).isPresent();
        ScoringEngine zero = ScoringEngine.with(ScoringPolicy.builder()
                .knockoutSemantics(ScoringPolicy.KnockoutSemantics.ZERO_REMAINING).build());
        ScoreResult unprinted = zero.score(QD26, evaluation(fresh, 1, EngineEdgeCasesTest::best,
                KnockoutFinding.of("1.1", "imported raw material")));
        assertThat(unprinted.getWarnings()).contains(ResultNote.of(NoteCode.KNOCKOUT_UNPRINTED_ZEROED, "1.1"));
        ScoreResult printed = zero.score(QD26, evaluation(fresh, 1, EngineEdgeCasesTest::best,
                KnockoutFinding.of("6.1", "impurities")));
        // 6.1's printed note halts the evaluation: 6.1 and every later criterion score 0
        assertThat(printed.getWarnings()).contains(ResultNote.of(NoteCode.KNOCKOUT_ZEROED_REST, "6.1", "impurities"))
                .noneSatisfy(w -> assertThat(w.getCode()).isEqualTo(NoteCode.KNOCKOUT_UNPRINTED_ZEROED))
                .anySatisfy(w -> assertThat(w.text(Locale.ENGLISH)).contains("(impurities) scored as 0: 6.1 and "
                        + "every criterion after it"));
    }

    @Test
    void aKnockoutWhereTheSheetPrintsNoneIsAcceptedWithAWarningUnderTheDefaultPolicy() {
        CriteriaSheet fresh = QD26.sheet(1).orElseThrow();
        ScoreResult unprinted = ScoringEngine.standard().score(QD26, evaluation(fresh, 1, EngineEdgeCasesTest::best,
                KnockoutFinding.of("1.1", "imported raw material")));
        assertThat(unprinted.getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
        assertThat(unprinted.getWarnings()).containsExactly(ResultNote.of(NoteCode.KNOCKOUT_UNPRINTED_DISQUALIFIES,
                "1.1", "imported raw material"));
        assertThat(unprinted.getWarnings().get(0).text(Locale.ENGLISH)).contains("1.1", "prints no knock-out there",
                "accepted");
        ScoreResult printed = ScoringEngine.standard().score(QD26, evaluation(fresh, 1, EngineEdgeCasesTest::best,
                KnockoutFinding.of("6.1", "impurities")));
        assertThat(printed.getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
        assertThat(printed.getWarnings()).isEmpty();
    }

    private static int best(Criterion c) {
        int best = 0;
        for (int i = 0; i < c.getScoringOptions().size(); i++) {
            if (c.getScoringOptions().get(i).getPoints() >= c.getScoringOptions().get(best).getPoints()) {
                best = i;
            }
        }
        return best;
    }

    private static Evaluation evaluation(CriteriaSheet sheet, int members, ToIntFunction<Criterion> choose,
            KnockoutFinding knockout) {
        Product product = Product.builder().id("P1").name(LocalizedText.of("Sản phẩm")).productSet(sheet.getProductSet())
                .storyWritten(true).producer(Producer.builder().id("PR1").legalName("HTX").type(ProducerType.COOPERATIVE)
                        .address(Address.builder().provinceCode("1").communeCode("1").build()).build())
                .build();
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE);
        Evaluation.Builder e = Evaluation.builder().product(product).submittedOn(LocalDate.of(2026, 9, 1));
        for (int m = 1; m <= members; m++) {
            council.addMembers(CouncilMember.of("M" + m, "Member " + m));
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (Criterion c : sheet.getLeafCriteria()) {
                // a criterion whose condition is data (5.2 requires 5.1) is left out when its condition fails
                if (c.getRequiredCriterion().map(r -> choices.getOrDefault(r, 0) > 0).orElse(true)) {
                    choices.put(c.getCode(), choose.applyAsInt(c));
                }
            }
            e.addMemberScores(MemberScores.of("M" + m, choices));
        }
        if (knockout != null) {
            e.addKnockouts(knockout);
        }
        return e.council(council.build()).build();
    }
}
