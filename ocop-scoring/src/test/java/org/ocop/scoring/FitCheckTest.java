package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.scoring.Fixtures.eval;
import static org.ocop.scoring.Fixtures.rulebook;
import static org.ocop.scoring.Fixtures.special;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopValidationException;
import org.ocop.core.Violation;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.LocalizedText;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetArithmeticException;

/**
 * The one fit check ({@link FitCheck}, {@link ScoringEngine#violations}) on the special sheet of {@link
 * Fixtures#special()}: leaves 1.1 (binary, options 0–1), 1.2 (conditional, 0–2), 1.3.1 (0–2), 1.3.2 (0–1),
 * 2.1 (alternatives, 2 + 2 options: 0–3), 3.1 (0–2), 4 (0–1); composite 1.3; groups 1 to 4.
 */
class FitCheckTest {

    private static final CriteriaSheet SHEET = special();

    private static Map<String, Integer> full() {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("1.1", 1);
        c.put("1.2", 2);
        c.put("1.3.1", 2);
        c.put("1.3.2", 1);
        c.put("2.1", 3);
        c.put("3.1", 2);
        c.put("4", 1);
        return c;
    }

    private static Map<String, Integer> with(String code, Integer option) {
        Map<String, Integer> c = full();
        if (option == null) {
            c.remove(code);
        } else {
            c.put(code, option);
        }
        return c;
    }

    /** m1 fills the sheet completely, m2's sheet is given; the quick answer must agree with the full one. */
    private static List<Violation> check(Evaluation e) {
        List<Violation> found = FitCheck.violations(CompiledSheet.of(SHEET), e);
        assertThat(FitCheck.fits(CompiledSheet.of(SHEET), e)).isEqualTo(found.isEmpty());
        return found;
    }

    private static List<Violation> check(Map<String, Integer> m2) {
        return check(eval().member("m1", full()).member("m2", m2).build());
    }

    @Test
    void aCompleteEvaluationFits() {
        assertThat(check(full())).isEmpty();
        assertThat(ScoringEngine.violations(rulebook(SHEET), eval().member("m1", full()).build())).isEmpty();
    }

    @Test
    void aConditionalCriterionMayBeLeftOut() {
        assertThat(check(with("1.2", null))).isEmpty();
    }

    @Test
    void anUnknownCriterionCodeIsReported() {
        assertThat(check(with("1.4", 0))).containsExactly(
                Violation.of("memberScores[1].choices[1.4]", "criterion 1.4 is not on sheet 1", "0"));
    }

    @Test
    void aCompositeCannotBeChosenDirectly() {
        assertThat(check(with("1.3", 1))).containsExactly(
                Violation.of("memberScores[1].choices[1.3]", "criterion 1.3 is scored through its sub-criteria", "1"));
    }

    @Test
    void anOptionPastTheEndIsReported() {
        assertThat(check(with("3.1", 3))).containsExactly(Violation.of("memberScores[1].choices[3.1]",
                "option 3 does not exist: criterion 3.1 has options 0 to 2", "3"));
        // 2.1 has 2 + 2 = 4 scoring options across its cases (0..3)
        assertThat(check(with("2.1", 4))).containsExactly(Violation.of("memberScores[1].choices[2.1]",
                "option 4 does not exist: criterion 2.1 has options 0 to 3", "4"));
        // binary 1.1: not met (0), met (1)
        assertThat(check(with("1.1", 2))).containsExactly(Violation.of("memberScores[1].choices[1.1]",
                "option 2 does not exist: criterion 1.1 has options 0 to 1", "2"));
    }

    @Test
    void aNegativeOptionIsReported() {
        assertThat(check(with("4", -1))).containsExactly(Violation.of("memberScores[1].choices[4]",
                "option -1 does not exist: criterion 4 has options 0 to 1", "-1"));
    }

    @Test
    void aMissingChoiceIsReported() {
        assertThat(check(with("1.3.1", null))).containsExactly(
                Violation.of("memberScores[1].choices[1.3.1]", "no option chosen for criterion 1.3.1", ""));
    }

    @Test
    void theConsensusSheetIsCheckedToo() {
        Evaluation e = eval().member("m1", full()).consensus(with("3.1", 7)).build();
        assertThat(check(e)).containsExactly(Violation.of("consensus.choices[3.1]",
                "option 7 does not exist: criterion 3.1 has options 0 to 2", "7"));
    }

    @Test
    void anEvaluationOfAnotherSetIsReported() {
        Evaluation e = new Fixtures.Eval(ProductSet.RICE_CEREALS).member("m1", full()).build();
        assertThat(check(e)).containsExactly(
                Violation.of("product.productSet", "is scored on sheet 3, not on sheet 1", "RICE_CEREALS"));
    }

    @Test
    void knockoutCodesMustNameACriterionOrGroup() {
        Evaluation e = eval().member("m1", full()).knockout(KnockoutFinding.sheet("Hồ sơ giả mạo"))
                .knockout(KnockoutFinding.of("3", "nhóm 3")).knockout(KnockoutFinding.of("1.3.1", "chỉ tiêu 1.3.1"))
                .knockout(KnockoutFinding.of("1.3", "chỉ tiêu 1.3")).knockout(KnockoutFinding.of("7.4", "không có"))
                .build();
        assertThat(check(e)).containsExactly(
                Violation.of("knockouts[4].code", "names no criterion or group of sheet 1", "7.4"));
    }

    @Test
    void everyProblemIsReportedInOrder() {
        Map<String, Integer> m2 = with("1.1", null);
        m2.put("9", 0);
        List<Violation> found = check(m2);
        assertThat(found).extracting(Violation::getPath)
                .containsExactly("memberScores[1].choices[9]", "memberScores[1].choices[1.1]");
        assertThatThrownBy(() -> found.add(found.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bothPathsRefuseAnEvaluationThatDoesNotFitWithTheViolations() {
        Evaluation e = eval().member("m1", full()).member("m2", with("3.1", 9)).build();
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert
                .ThrowingCallable>of(() -> ScoringEngine.standard().score(rulebook(SHEET), e),
                        () -> ScoringEngine.standard().rank(rulebook(SHEET), e))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(OcopValidationException.class, x -> assertThat(
                    x.getViolations()).extracting(Violation::getPath).containsExactly("memberScores[1].choices[3.1]"));
        }
    }

    /**
     * Sheet 1 (A 40 / B 25 / C 35) with a story pair as in 26/2026 group 5: 5.1 "no story" (0), 5, 15; 5.2
     * conditional (0, 5, 10) applying only when 5.1 is above its first option.
     */
    private static CriteriaSheet storySheet() {
        Criterion story = Fixtures.choice("5.1", Fixtures.opt(0), Fixtures.opt(5), Fixtures.opt(15));
        Criterion structure = Criterion.builder().code("5.2").name(LocalizedText.of("cấu trúc câu chuyện"))
                .kind(CriterionKind.CONDITIONAL).condition(LocalizedText.of("Chỉ áp dụng khi có câu chuyện sản phẩm"))
                .requiredCriterion("5.1").maxPoints(10).addOptions(Fixtures.opt(0), Fixtures.opt(5), Fixtures.opt(10))
                .build();
        return Fixtures.sheet(1,
                Fixtures.part(PartCode.A, Fixtures.group("1", Fixtures.choice("1.1", Fixtures.opt(0), Fixtures.opt(40)))),
                Fixtures.part(PartCode.B, Fixtures.group("5", story, structure)),
                Fixtures.part(PartCode.C, Fixtures.group("3", Fixtures.choice("3.1", Fixtures.opt(0), Fixtures.opt(35)))));
    }

    @Test
    void aChoiceOnAConditionalCriterionWhoseStatedConditionDoesNotHoldIsInvalid() {
        Rulebook rulebook = rulebook(storySheet());
        Evaluation noStoryButStructure = eval().member("m1", Map.of("1.1", 1, "5.1", 2, "5.2", 2, "3.1", 1))
                .member("m2", Map.of("1.1", 1, "5.1", 0, "5.2", 2, "3.1", 1)).build();
        List<Violation> found = ScoringEngine.violations(rulebook, noStoryButStructure);
        assertThat(found).containsExactly(Violation.of("memberScores[1].choices[5.2]", "criterion 5.2 applies only "
                + "when criterion 5.1 is above its first option (option 0), and 5.1 is at its first option: leave 5.2 "
                + "out", "2"));
        assertThatThrownBy(() -> ScoringEngine.standard().score(rulebook, noStoryButStructure))
                .isInstanceOf(OcopValidationException.class).hasMessageContaining("5.2");
        assertThatThrownBy(() -> ScoringEngine.standard().rank(rulebook, noStoryButStructure))
                .isInstanceOf(OcopValidationException.class).hasMessageContaining("5.2");
        // left out, 5.2 scores nothing and the evaluation fits: m1 40 + 15 + 10 + 35 = 100, m2 40 + 0 + 35 = 75
        Evaluation leftOut = eval().member("m1", Map.of("1.1", 1, "5.1", 2, "5.2", 2, "3.1", 1))
                .member("m2", Map.of("1.1", 1, "5.1", 0, "3.1", 1)).build();
        assertThat(ScoringEngine.violations(rulebook, leftOut)).isEmpty();
        assertThat(ScoringEngine.standard().rank(rulebook, leftOut).getAverageExact()).isEqualTo("175/2");
        assertThat(ScoringEngine.standard().score(rulebook, leftOut).getAverageScore()).isEqualByComparingTo("87.5");
    }

    @Test
    void aStatedConditionMustNameAnotherLeafOfTheSheet() {
        Criterion dangling = Criterion.builder().code("5.2").name(LocalizedText.of("x")).kind(CriterionKind.CONDITIONAL)
                .condition(LocalizedText.of("x")).requiredCriterion("9.9").maxPoints(10)
                .addOptions(Fixtures.opt(0), Fixtures.opt(10)).build();
        assertThatThrownBy(() -> Fixtures.sheet(1,
                Fixtures.part(PartCode.A, Fixtures.group("1", Fixtures.choice("1.1", Fixtures.opt(0), Fixtures.opt(40)))),
                Fixtures.part(PartCode.B, Fixtures.group("5", Fixtures.choice("5.1", Fixtures.opt(0), Fixtures.opt(15)),
                        dangling)),
                Fixtures.part(PartCode.C, Fixtures.group("3", Fixtures.choice("3.1", Fixtures.opt(0), Fixtures.opt(35))))))
                .isInstanceOf(SheetArithmeticException.class).hasMessageContaining("9.9");
        assertThatThrownBy(() -> Criterion.builder().from(Fixtures.choice("5.1", Fixtures.opt(0), Fixtures.opt(15)))
                .requiredCriterion("1.1").build()).hasMessageContaining("only a conditional criterion");
    }
}
