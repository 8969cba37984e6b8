package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.evaluation;
import static org.ocop.core.Fixtures.evaluationBuilder;
import static org.ocop.core.Fixtures.fullChoices;
import static org.ocop.core.Fixtures.sheet;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.Fixtures;
import org.ocop.core.Violation;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Product;

/** {@link CriteriaSheet#choiceViolations}: an evaluation's choices checked against the sample sheet. */
class ChoiceViolationsTest {

    private static Map<String, Integer> choicesWith(String code, Integer index) {
        Map<String, Integer> choices = fullChoices();
        if (index == null) {
            choices.remove(code);
        } else {
            choices.put(code, index);
        }
        return choices;
    }

    /** m1 fills the sheet completely, m2's sheet is given. */
    private static List<Violation> check(Map<String, Integer> m2) {
        Evaluation e = evaluationBuilder().addMemberScores(MemberScores.of("m1", fullChoices()), MemberScores.of("m2", m2))
                .build();
        return sheet().choiceViolations(e);
    }

    @Test
    void aCompleteEvaluationFits() {
        assertThat(sheet().choiceViolations(evaluation())).isEmpty();
    }

    @Test
    void aConditionalCriterionMayBeLeftOut() {
        // 2.1 is conditional: absent = its condition does not hold
        assertThat(check(choicesWith("2.1", null))).isEmpty();
    }

    @Test
    void anUnknownCriterionCodeIsReported() {
        assertThat(check(choicesWith("1.3", 0))).containsExactly(
                new Violation("memberScores[1].choices[1.3]", "criterion 1.3 is not on sheet 1", "0"));
    }

    @Test
    void aCompositeCannotBeChosenDirectly() {
        assertThat(check(choicesWith("1.2", 1))).containsExactly(
                new Violation("memberScores[1].choices[1.2]", "criterion 1.2 is scored through its sub-criteria", "1"));
    }

    @Test
    void anOptionPastTheEndIsReported() {
        // 1.1 has 3 options (0..2)
        assertThat(check(choicesWith("1.1", 3))).containsExactly(new Violation("memberScores[1].choices[1.1]",
                "option 3 does not exist: criterion 1.1 has options 0 to 2", "3"));
        // 2.2 has 3 + 2 = 5 scoring options across its cases (0..4)
        assertThat(check(choicesWith("2.2", 5))).containsExactly(new Violation("memberScores[1].choices[2.2]",
                "option 5 does not exist: criterion 2.2 has options 0 to 4", "5"));
        // binary 1.2.2: not met (0), met (1)
        assertThat(check(choicesWith("1.2.2", 2))).containsExactly(new Violation("memberScores[1].choices[1.2.2]",
                "option 2 does not exist: criterion 1.2.2 has options 0 to 1", "2"));
    }

    @Test
    void aNegativeOptionIsReported() {
        assertThat(check(choicesWith("3", -1))).containsExactly(new Violation("memberScores[1].choices[3]",
                "option -1 does not exist: criterion 3 has options 0 to 2", "-1"));
    }

    @Test
    void aMissingChoiceIsReported() {
        assertThat(check(choicesWith("1.2.1", null))).containsExactly(
                new Violation("memberScores[1].choices[1.2.1]", "no option chosen for criterion 1.2.1", ""));
    }

    @Test
    void theConsensusSheetIsCheckedToo() {
        Evaluation e = Evaluation.builder().from(evaluation()).consensus(MemberScores.of("m1", choicesWith("1.1", 7)))
                .build();
        assertThat(sheet().choiceViolations(e)).containsExactly(new Violation("consensus.choices[1.1]",
                "option 7 does not exist: criterion 1.1 has options 0 to 2", "7"));
    }

    @Test
    void anEvaluationOfAnotherSetIsReported() {
        Product rice = Product.builder().from(Fixtures.product()).productSet(ProductSet.RICE_CEREALS).build();
        Evaluation e = Evaluation.builder().from(evaluation()).product(rice).build();
        assertThat(sheet().choiceViolations(e)).containsExactly(
                new Violation("product.productSet", "is scored on sheet 3, not on sheet 1", "RICE_CEREALS"));
    }

    @Test
    void knockoutCodesMustNameACriterionOrGroup() {
        Evaluation e = Evaluation.builder().from(evaluation())
                .addKnockouts(KnockoutFinding.sheet("Hồ sơ giả mạo"), KnockoutFinding.of("3", "nhóm 3"),
                        KnockoutFinding.of("1.2.1", "chỉ tiêu 1.2.1"), KnockoutFinding.of("7.4", "không có"))
                .build();
        assertThat(sheet().choiceViolations(e)).containsExactly(
                new Violation("knockouts[3].code", "names no criterion or group of sheet 1", "7.4"));
    }

    @Test
    void everyProblemIsReportedInOrder() {
        Map<String, Integer> m2 = choicesWith("1.1", null);
        m2.put("9", 0);
        List<Violation> found = check(m2);
        assertThat(found).extracting(Violation::path)
                .containsExactly("memberScores[1].choices[9]", "memberScores[1].choices[1.1]");
        assertThatThrownBy(() -> found.add(found.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
