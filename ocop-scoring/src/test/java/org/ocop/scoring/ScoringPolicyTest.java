package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.ocop.scoring.ScoringPolicy.GateAggregation;
import org.ocop.scoring.ScoringPolicy.KnockoutSemantics;

/** The ⚖ decisions of {@code ocop-rules.md} §3 and their documented defaults. */
class ScoringPolicyTest {

    @Test
    void defaults() {
        ScoringPolicy p = ScoringPolicy.standard();
        assertThat(p.gateAggregation()).isEqualTo(GateAggregation.STRICT_MAJORITY);
        assertThat(p.knockoutSemantics()).isEqualTo(KnockoutSemantics.DISQUALIFY);
        assertThat(p.maxSpread()).isEmpty();
        assertThat(p.quorum()).isEmpty();
        assertThat(p.displayScale()).isEqualTo(2);
        assertThat(p.displayRounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(p.computeNextStar()).isTrue();
        assertThat(ScoringEngine.standard().policy()).isEqualTo(p);
    }

    @Test
    void withersCopyAndLeaveTheOriginal() {
        ScoringPolicy p = ScoringPolicy.standard().withGateAggregation(GateAggregation.ALL_MEMBERS)
                .withKnockoutSemantics(KnockoutSemantics.ZERO_REMAINING).withMaxSpread(10).withQuorum(3, 4, true)
                .withDisplay(1, RoundingMode.HALF_EVEN).withNextStar(false);
        assertThat(p.gateAggregation()).isEqualTo(GateAggregation.ALL_MEMBERS);
        assertThat(p.knockoutSemantics()).isEqualTo(KnockoutSemantics.ZERO_REMAINING);
        assertThat(p.maxSpread()).contains(10);
        assertThat(p.quorum()).contains(new ScoringPolicy.Quorum(3, 4, true));
        assertThat(p.displayScale()).isEqualTo(1);
        assertThat(p.computeNextStar()).isFalse();
        assertThat(p.withoutMaxSpread().withoutQuorum().maxSpread()).isEmpty();
        assertThat(p).isNotEqualTo(ScoringPolicy.standard()).hasToString(p.toString());
        assertThat(p.withGateAggregation(GateAggregation.ALL_MEMBERS)).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(ScoringPolicy.standard().gateAggregation()).isEqualTo(GateAggregation.STRICT_MAJORITY);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> ScoringPolicy.standard().withMaxSpread(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringPolicy.standard().withQuorum(5, 4, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringPolicy.standard().withQuorum(1, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringPolicy.standard().withDisplay(11, RoundingMode.UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringPolicy.standard().withGateAggregation(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gateAggregation");
    }

    @Test
    void quorumArithmetic() {
        ScoringPolicy.Quorum q = new ScoringPolicy.Quorum(3, 4, false);
        assertThat(q.isMetBy(3, 4)).isTrue();
        assertThat(q.isMetBy(2, 4)).isFalse();
        assertThat(q.isMetBy(6, 8)).isTrue();
        assertThat(q.isMetBy(5, 7)).isFalse(); // 5 × 4 = 20 < 21 = 3 × 7
        assertThat(q.isMetBy(6, 7)).isTrue();
    }
}
