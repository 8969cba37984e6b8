package org.ocop.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.rules.PartCode;

class PartTotalsTest {

    @Test
    void aMapInPartOrderEqualToAnEnumMap() {
        int[] totals = {12, 30, 0};
        PartTotals parts = PartTotals.of(new PartCode[] {PartCode.C, PartCode.A, PartCode.B}, totals);
        totals[0] = 99; // copied
        Map<PartCode, Integer> expected = new EnumMap<>(PartCode.class);
        expected.put(PartCode.A, 30);
        expected.put(PartCode.B, 0);
        expected.put(PartCode.C, 12);
        assertThat(parts).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(parts.keySet()).containsExactly(PartCode.A, PartCode.B, PartCode.C);
        assertThat(PartTotals.copyOf(Map.of(PartCode.B, 5))).containsExactly(Map.entry(PartCode.B, 5));
        assertThat(PartTotals.copyOf(Map.of(PartCode.B, 5)).get(PartCode.A)).isNull();
        assertThat(PartTotals.of().get("A")).isNull();
    }

    @Test
    void immutableAndEachPartOnce() {
        PartTotals parts = PartTotals.of(new PartCode[] {PartCode.A}, new int[] {7});
        assertThatThrownBy(() -> parts.put(PartCode.B, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(parts::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PartTotals.of(new PartCode[] {PartCode.A, PartCode.A}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartTotals.of(new PartCode[] {PartCode.A}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memberTotalsKeepThePartTotalsTheyAreGiven() {
        PartTotals parts = PartTotals.of(new PartCode[] {PartCode.A, PartCode.B}, new int[] {20, 15});
        MemberTotal t = MemberTotal.builder().memberId("m1").total(35).partTotals(parts).build();
        assertThat(t.getPartTotals()).isSameAs(parts);
        MemberTotal put = MemberTotal.builder().memberId("m1").total(35).putPartTotal(PartCode.B, 15)
                .putPartTotal(PartCode.A, 20).build();
        assertThat(put).isEqualTo(t);
        assertThat(put.getPartTotals()).containsExactly(Map.entry(PartCode.A, 20), Map.entry(PartCode.B, 15));
        assertThat(MemberTotal.builder().from(t).build()).isEqualTo(t);
    }
}
