package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.alternative;
import static org.ocop.core.Fixtures.binary;
import static org.ocop.core.Fixtures.c11;
import static org.ocop.core.Fixtures.c12;
import static org.ocop.core.Fixtures.c21;
import static org.ocop.core.Fixtures.c22;
import static org.ocop.core.Fixtures.c3;
import static org.ocop.core.Fixtures.choice;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;

/** The shape each {@link CriterionKind} requires, and the scoring options a member chooses from. */
class CriterionTest {

    private static Criterion.Builder named(String code) {
        return Criterion.builder().code(code).name(LocalizedText.of("Chỉ tiêu " + code));
    }

    private static final CriterionOption ZERO = CriterionOption.of("Không", 0);
    private static final CriterionOption FIVE = CriterionOption.of("Có", 5);

    @Test
    void defaultsAreAChoiceThatIsNotImplicit() {
        Criterion c = c11();
        assertThat(c.getKind()).isEqualTo(CriterionKind.CHOICE);
        assertThat(c.isImplicit()).isFalse();
        assertThat(c.isLeaf()).isTrue();
        assertThat(c3().isImplicit()).isTrue();
        assertThat(c3().getOptions().get(1).getMinStar()).contains(StarRating.THREE);
        assertThat(c3().getOptions().get(0).getMinStar()).isEmpty();
        assertThat(c3().getOptions().get(0).isPointsKnown()).isTrue();
    }

    @Test
    void choiceNeedsOptionsAndNothingElse() {
        assertThatThrownBy(() -> named("1.1").maxPoints(5).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 1.1: a choice needs options and nothing else");
        assertThatThrownBy(() -> named("1.1").maxPoints(5).addOption(FIVE).addSubCriteria(choice("1.1.1", 0, 5)).build())
                .hasMessage("criterion 1.1: a choice needs options and nothing else");
        assertThatThrownBy(() -> named("1.1").maxPoints(5).addOption(FIVE).addAlternative(alternative("a", 5)).build())
                .hasMessage("criterion 1.1: a choice needs options and nothing else");
    }

    @Test
    void conditionalNeedsOptionsAndACondition() {
        assertThatThrownBy(() -> named("5.2").kind(CriterionKind.CONDITIONAL).maxPoints(5).addOptions(ZERO, FIVE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 5.2: a condition belongs to conditional criteria, and they need one");
        assertThatThrownBy(() -> named("5.2").kind(CriterionKind.CONDITIONAL).condition(LocalizedText.of("Khi có"))
                .maxPoints(5).build())
                .hasMessage("criterion 5.2: a choice needs options and nothing else");
        assertThat(c21().getCondition()).isPresent();
    }

    @Test
    void onlyConditionalCriteriaHaveACondition() {
        assertThatThrownBy(() -> named("1.1").maxPoints(5).addOptions(ZERO, FIVE).condition(LocalizedText.of("Khi có"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 1.1: a condition belongs to conditional criteria, and they need one");
    }

    @Test
    void binaryHasNoOptions() {
        assertThatThrownBy(() -> named("7.1").kind(CriterionKind.BINARY).maxPoints(5).addOption(FIVE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 7.1: a binary criterion has no options");
    }

    @Test
    void alternativesNeedCasesOnly() {
        assertThatThrownBy(() -> named("8").kind(CriterionKind.ALTERNATIVES).maxPoints(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 8: an alternatives criterion needs cases only");
        assertThatThrownBy(() -> named("8").kind(CriterionKind.ALTERNATIVES).maxPoints(5)
                .addAlternative(alternative("a", 5)).addOption(FIVE).build())
                .hasMessage("criterion 8: an alternatives criterion needs cases only");
    }

    @Test
    void compositeNeedsSubCriteriaOnly() {
        assertThatThrownBy(() -> named("6.1").kind(CriterionKind.COMPOSITE).maxPoints(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 6.1: a composite criterion needs sub-criteria only");
        assertThatThrownBy(() -> named("6.1").kind(CriterionKind.COMPOSITE).maxPoints(5)
                .addSubCriteria(choice("6.1.1", 0, 5)).addOption(FIVE).build())
                .hasMessage("criterion 6.1: a composite criterion needs sub-criteria only");
    }

    @Test
    void maximumCannotBeNegative() {
        assertThatThrownBy(() -> named("1.1").maxPoints(-1).addOption(ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 1.1: a maximum cannot be negative");
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> Criterion.builder().addOption(ZERO).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("code").hasMessageContaining("name").hasMessageContaining("maxPoints");
        assertThatThrownBy(() -> CriterionOption.builder().points(1).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("text");
    }

    @Test
    void scoringOptionsPerKind() {
        // choice: the printed options
        assertThat(c11().getScoringOptions()).extracting(CriterionOption::getPoints).containsExactly(0, 10, 20);
        // binary: not met (0), met (the maximum)
        Criterion binary = binary("1.2.2", 10);
        assertThat(binary.getScoringOptions()).extracting(CriterionOption::getPoints).containsExactly(0, 10);
        assertThat(binary.getScoringOptions()).extracting(o -> o.getText().getVi()).containsExactly("Không đạt", "Đạt");
        // alternatives: case 1 (0/10/20) then case 2 (5/20)
        assertThat(c22().getScoringOptions()).extracting(CriterionOption::getPoints).containsExactly(0, 10, 20, 5, 20);
        // composite: none, its sub-criteria are chosen
        assertThat(c12().getScoringOptions()).isEmpty();
        assertThat(c12().isLeaf()).isFalse();
        assertThatThrownBy(() -> c22().getScoringOptions().add(ZERO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void caseOfMapsAScoringOptionToItsCase() {
        Criterion c = c22();
        assertThat(List.of(c.caseOf(0), c.caseOf(1), c.caseOf(2), c.caseOf(3), c.caseOf(4))).containsExactly(0, 0, 0, 1, 1);
        assertThatThrownBy(() -> c.caseOf(5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Criterion 2.2 has no option 5");
        assertThat(c11().caseOf(2)).isZero();
    }

    @Test
    void withCopiesAreCheckedAndLeaveTheOriginalAlone() {
        ImmutableCriterion c = (ImmutableCriterion) c11();
        ImmutableCriterion renamed = c.withCode("1.9");
        assertThat(renamed.getCode()).isEqualTo("1.9");
        assertThat(c.getCode()).isEqualTo("1.1");
        assertThat(renamed).isNotEqualTo(c);
        assertThat(renamed.withCode("1.1")).isEqualTo(c).hasSameHashCodeAs(c);
        assertThatThrownBy(() -> c.withKind(CriterionKind.BINARY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 1.1: a binary criterion has no options");
    }

    @Test
    void optionsAreDefensivelyCopiedAndUnmodifiable() {
        List<CriterionOption> options = new java.util.ArrayList<>(List.of(ZERO, FIVE));
        Criterion c = named("1.1").maxPoints(5).options(options).build();
        options.add(CriterionOption.of("Mười", 10));
        assertThat(c.getOptions()).hasSize(2);
        assertThatThrownBy(() -> c.getOptions().add(ZERO)).isInstanceOf(UnsupportedOperationException.class);
    }
}
