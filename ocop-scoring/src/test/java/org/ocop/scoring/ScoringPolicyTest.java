package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopException;
import org.ocop.core.policy.InvalidPolicyException;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.policy.ScoringPolicy.GateAggregation;
import org.ocop.core.policy.ScoringPolicy.KnockoutSemantics;

/** The ⚖ decisions of {@code docs/rules.md} §3, their documented defaults and their one textual form. */
class ScoringPolicyTest {

    @Test
    void defaults() {
        ScoringPolicy p = ScoringPolicy.standard();
        assertThat(p.getGateAggregation()).isEqualTo(GateAggregation.STRICT_MAJORITY);
        assertThat(p.getKnockoutSemantics()).isEqualTo(KnockoutSemantics.DISQUALIFY);
        assertThat(p.getMaxSpread()).isEmpty();
        assertThat(p.getQuorum()).isEmpty();
        assertThat(p.getMaxCouncil()).isEqualTo(50);
        assertThat(p.isComputeNextStar()).isTrue();
        assertThat(ScoringEngine.standard().getPolicy()).isEqualTo(p).isEqualTo(ScoringPolicy.builder().build());
    }

    @Test
    void aCopyChangesOnlyWhatItSays() {
        ScoringPolicy p = ScoringPolicy.builder().from(ScoringPolicy.standard())
                .gateAggregation(GateAggregation.ALL_MEMBERS).knockoutSemantics(KnockoutSemantics.ZERO_REMAINING)
                .maxSpread(10).quorum(ScoringPolicy.Quorum.of(3, 4, true)).maxCouncil(12).computeNextStar(false)
                .build();
        assertThat(p.getGateAggregation()).isEqualTo(GateAggregation.ALL_MEMBERS);
        assertThat(p.getKnockoutSemantics()).isEqualTo(KnockoutSemantics.ZERO_REMAINING);
        assertThat(p.getMaxSpread()).contains(10);
        assertThat(p.getQuorum()).contains(ScoringPolicy.Quorum.of(3, 4, true));
        assertThat(p.getMaxCouncil()).isEqualTo(12);
        assertThat(p.isComputeNextStar()).isFalse();
        assertThat(ScoringPolicy.builder().from(p).maxSpread(java.util.Optional.empty()).build().getMaxSpread())
                .isEmpty();
        assertThat(p).isNotEqualTo(ScoringPolicy.standard());
        assertThat(ScoringPolicy.standard().getGateAggregation()).isEqualTo(GateAggregation.STRICT_MAJORITY);
    }

    @Test
    void theTextualFormNamesEveryOptionInOrder() {
        assertThat(ScoringPolicy.standard().toOptions()).containsExactly(
                Map.entry("gates", "STRICT_MAJORITY"), Map.entry("knockouts", "DISQUALIFY"),
                Map.entry("maxSpread", "off"), Map.entry("quorum", "off"), Map.entry("maxCouncil", "50"),
                Map.entry("nextStar", "true"));
    }

    @Test
    void fromOptionsReadsASubsetOverTheDefaultsAndRoundTrips() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("gates", "all_members");
        options.put("maxSpread", "10");
        options.put("quorum", "3/4+chair");
        ScoringPolicy p = ScoringPolicy.fromOptions(options);
        assertThat(p).isEqualTo(ScoringPolicy.builder().gateAggregation(GateAggregation.ALL_MEMBERS).maxSpread(10)
                .quorum(ScoringPolicy.Quorum.of(3, 4, true)).build());
        assertThat(p.toOptions()).containsEntry("quorum", "3/4+chair").containsEntry("gates", "ALL_MEMBERS");
        assertThat(ScoringPolicy.fromOptions(p.toOptions())).isEqualTo(p);
        assertThat(ScoringPolicy.fromOptions(Map.of())).isEqualTo(ScoringPolicy.standard());
        assertThat(ScoringPolicy.fromOptions(Map.of("quorum", "2/3")).getQuorum())
                .contains(ScoringPolicy.Quorum.of(2, 3, false));
        assertThat(ScoringPolicy.fromOptions(Map.of("nextStar", "false", "maxCouncil", "9")))
                .isEqualTo(ScoringPolicy.builder().computeNextStar(false).maxCouncil(9).build());
    }

    @Test
    void fromOptionsRefusesUnknownNamesAndBadValuesWithTheOption() {
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("display", "2")))
                .isInstanceOf(InvalidPolicyException.class).isInstanceOf(OcopException.class)
                .hasMessageContaining("Unknown policy option 'display'").hasMessageContaining("maxCouncil");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("gates", "MOST")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Policy option gates is one of STRICT_MAJORITY, ALL_MEMBERS, CONSENSUS_SHEET, got 'MOST'");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("maxSpread", "-5")))
                .isInstanceOf(InvalidPolicyException.class).hasMessage("Policy option maxSpread is at least 0, got -5");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("maxSpread", "ten")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("'ten'");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("maxCouncil", "0")))
                .isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("quorum", "5/4")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("5/4");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("quorum", "most")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("N/D+chair");
        assertThatThrownBy(() -> ScoringPolicy.fromOptions(Map.of("nextStar", "yes")))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> ScoringPolicy.builder().maxSpread(-1).build()).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.Quorum.of(5, 4, false)).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.Quorum.of(1, 0, false)).isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> ScoringPolicy.builder().gateAggregation(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gateAggregation");
    }

    @Test
    void quorumArithmetic() {
        ScoringPolicy.Quorum q = ScoringPolicy.Quorum.of(3, 4, false);
        assertThat(q.isMetBy(3, 4)).isTrue();
        assertThat(q.isMetBy(2, 4)).isFalse();
        assertThat(q.isMetBy(6, 8)).isTrue();
        assertThat(q.isMetBy(5, 7)).isFalse(); // 5 × 4 = 20 < 21 = 3 × 7
        assertThat(q.isMetBy(6, 7)).isTrue();
    }
}
