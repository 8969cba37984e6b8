package org.ocop.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.council;
import static org.ocop.core.Fixtures.evaluation;
import static org.ocop.core.Fixtures.fullChoices;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;

/** Builders, defaults, immutability, equality and copies of the evaluation package's value types. */
class EvaluationConstructionTest {

    @Test
    void defaultsAndDerivedValues() {
        Evaluation e = evaluation();
        assertThat(e.getType()).isEqualTo(EvaluationType.FIRST_TIME);
        assertThat(e.getSheetNumber()).isEqualTo(1);
        assertThat(e.getCurrentRating()).isEmpty();
        assertThat(e.getConsensus()).isEmpty();
        assertThat(e.getKnockouts()).isEmpty();
        assertThat(e.getMemberScores()).extracting(MemberScores::getMemberId).containsExactly("m1", "m2");
        assertThat(council().hasMember("m3")).isTrue();
        assertThat(council().hasMember("m4")).isFalse();
        assertThat(council().getPresent()).isEmpty();
        assertThat(EvaluationType.UPGRADE.label().getVi()).isEqualTo("Nâng hạng");
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> Evaluation.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("product").hasMessageContaining("submittedOn").hasMessageContaining("council");
        assertThatThrownBy(() -> Council.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> CouncilMember.builder().id("m1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> MemberScores.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("memberId");
        assertThatThrownBy(() -> KnockoutFinding.builder().code("1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void choicesAreACopyInInsertionOrderAndUnmodifiable() {
        Map<String, Integer> choices = new LinkedHashMap<>(fullChoices());
        MemberScores scores = MemberScores.of("m1", choices);
        choices.put("9", 0);
        assertThat(scores.getChoices()).containsOnlyKeys("1.1", "1.2.1", "1.2.2", "2.1", "2.2", "3");
        assertThat(scores.getChoices().keySet()).containsExactly("1.1", "1.2.1", "1.2.2", "2.1", "2.2", "3");
        assertThatThrownBy(() -> scores.getChoices().put("9", 0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> evaluation().getMemberScores().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(evaluation()).isEqualTo(evaluation()).hasSameHashCodeAs(evaluation());
        assertThat(MemberScores.of("m1", Map.of("1.1", 0))).isEqualTo(MemberScores.of("m1", Map.of("1.1", 0)))
                .isNotEqualTo(MemberScores.of("m1", Map.of("1.1", 1)));
        assertThat(KnockoutFinding.sheet("x").getCode()).isEmpty();
        assertThat(KnockoutFinding.of("1.1", "x").getCode()).contains("1.1");
    }

    @Test
    void withCopiesChangeOneAttribute() {
        ImmutableEvaluation e = (ImmutableEvaluation) evaluation();
        ImmutableEvaluation upgrade = e.withType(EvaluationType.UPGRADE).withCurrentRating(StarRating.THREE);
        assertThat(upgrade.getType()).isEqualTo(EvaluationType.UPGRADE);
        assertThat(upgrade.getCurrentRating()).contains(StarRating.THREE);
        assertThat(e.getType()).isEqualTo(EvaluationType.FIRST_TIME);
        assertThat(upgrade.withType(EvaluationType.FIRST_TIME).withCurrentRating(java.util.Optional.empty())).isEqualTo(e);
    }
}
