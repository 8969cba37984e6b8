package org.ocop.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;

class MemberChoicesTest {

    @Test
    void aMapInTheMembersOrderWithoutTheMembersWhoLeftTheCriterionOut() {
        MemberChoices.Members council = MemberChoices.members(List.of("m1", "m2", "m3"));
        int[] options = {2, -1, 0};
        MemberChoices choices = council.choices(options);
        options[0] = 1; // copied: the caller's array is not kept
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("m1", 2);
        expected.put("m3", 0);
        assertThat(choices).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(choices.keySet()).containsExactly("m1", "m3");
        assertThat(choices.get("m2")).isNull();
        assertThat(choices.containsKey("m3")).isTrue();
        assertThat(choices.get(null)).isNull();
        assertThat(MemberChoices.copyOf(expected)).isEqualTo(choices);
    }

    @Test
    void immutable() {
        MemberChoices choices = MemberChoices.members(List.of("m1", "m2")).choices(new int[] {1, 1});
        assertThatThrownBy(() -> choices.put("m3", 0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> choices.remove("m1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(choices::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> choices.entrySet().iterator().next().setValue(3))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(choices).containsEntry("m1", 1).hasSize(2);
    }

    @Test
    void aMemberCannotAppearTwiceAndEachMemberHasOneOption() {
        assertThatThrownBy(() -> MemberChoices.members(List.of("m1", "m2", "m1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m1");
        assertThatThrownBy(() -> MemberChoices.members(List.of("m1")).choices(new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberChoices.copyOf(Map.of("m1", -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gatesShareTheChoicesTheyAreGiven() {
        MemberChoices choices = MemberChoices.members(List.of("m1", "m2")).choices(new int[] {3, 1});
        GateCheck three = GateCheck.builder().criterionCode("1.1").star(StarRating.THREE).requiredOption(1)
                .memberChoices(choices).met(true).build();
        GateCheck four = GateCheck.builder().criterionCode("1.1").star(StarRating.FOUR).requiredOption(2)
                .memberChoices(choices).met(false).build();
        assertThat(three.getMemberChoices()).isSameAs(four.getMemberChoices()).isSameAs(choices);
        GateCheck put = GateCheck.builder().criterionCode("1.1").star(StarRating.THREE).requiredOption(1)
                .putMemberChoice("m2", 1).putMemberChoice("m1", 3).met(true).build();
        assertThat(put.getMemberChoices()).containsExactly(Map.entry("m2", 1), Map.entry("m1", 3));
        assertThat(GateCheck.builder().from(three).build()).isEqualTo(three);
        assertThat(GateCheck.builder().criterionCode("1.1").star(StarRating.THREE).requiredOption(1).met(true)
                .build().getMemberChoices()).isEmpty();
    }
}
