package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.StarRating;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBand;
import org.ocop.core.rules.StarBands;

/** Exhaustive tests of the points → stars mapping (docs/rules.md §3.4) and exact averages (§3.3). */
class AveragesTest {

    private static final Rulebook RB = Fixtures.rulebook(Fixtures.small());
    private static final List<StarBand> BANDS = RB.getBands();

    /** The bands of §3.4 written out independently: 1★ below 30, 2★ below 50, 3★ below 70, 4★ below 90. */
    private static StarRating expected(long sum, int n) {
        if (sum >= 90L * n) {
            return StarRating.FIVE;
        }
        if (sum >= 70L * n) {
            return StarRating.FOUR;
        }
        if (sum >= 50L * n) {
            return StarRating.THREE;
        }
        return sum >= 30L * n ? StarRating.TWO : StarRating.ONE;
    }

    @Test
    void everyIntegerScore() {
        for (int s = 0; s <= 100; s++) {
            assertThat(StarBands.of(BANDS).bandOf(s, 1)).as("score %d", s).isEqualTo(expected(s, 1));
            assertThat(RB.bandOf(BigDecimal.valueOf(s))).isEqualTo(expected(s, 1));
            assertThat(ScoringEngine.bandOf(RB, s)).isEqualTo(expected(s, 1));
        }
        assertThat(StarBands.of(BANDS).bandOf(29, 1)).isEqualTo(StarRating.ONE);
        assertThat(StarBands.of(BANDS).bandOf(30, 1)).isEqualTo(StarRating.TWO);
        assertThat(StarBands.of(BANDS).bandOf(89, 1)).isEqualTo(StarRating.FOUR);
        assertThat(StarBands.of(BANDS).bandOf(90, 1)).isEqualTo(StarRating.FIVE);
        assertThat(StarBands.of(BANDS).bandOf(100, 1)).isEqualTo(StarRating.FIVE);
    }

    @TestFactory
    Stream<DynamicTest> everyAverageOfOneToNineMembers() {
        return IntStream.rangeClosed(1, 9).mapToObj(n -> DynamicTest.dynamicTest(n + " members", () -> {
            for (long sum = 0; sum <= 100L * n; sum++) {
                StarRating band = StarBands.of(BANDS).bandOf(sum, n);
                assertThat(band).as("%d / %d", sum, n).isEqualTo(expected(sum, n));
                BigDecimal avg = Averages.of(sum, n);
                // the stored decimal bands the same as the exact fraction (10 decimals never cross an edge for n ≤ 9)
                assertThat(RB.bandOf(avg)).as("%s", avg).isEqualTo(band);
                BigDecimal back = avg.multiply(BigDecimal.valueOf(n));
                assertThat(back.subtract(BigDecimal.valueOf(sum)).abs()).isLessThanOrEqualTo(new BigDecimal("0.0000000005").multiply(BigDecimal.valueOf(n)));
            }
        }));
    }

    @Test
    void bandEdgesWithFractionalAverages() {
        List<long[]> justBelow = new ArrayList<>();
        for (int edge : new int[] {30, 50, 70, 90}) {
            for (int n = 2; n <= 9; n++) {
                justBelow.add(new long[] {(long) edge * n - 1, n, edge});
            }
        }
        for (long[] c : justBelow) {
            int n = (int) c[1];
            assertThat(StarBands.of(BANDS).bandOf(c[0], n).compareTo(StarBands.of(BANDS).bandOf(c[0] + 1, n)))
                    .as("%d/%d is below the %d edge", c[0], n, c[2]).isLessThan(0);
        }
    }

    @Test
    void terminatingAveragesAreExactAndPlain() {
        assertThat(Averages.of(148, 2)).hasToString("74");
        assertThat(Averages.of(149, 2)).hasToString("74.5");
        assertThat(Averages.of(297, 4)).hasToString("74.25");
        assertThat(Averages.of(100, 1)).hasToString("100");
        assertThat(Averages.of(0, 3)).hasToString("0");
        assertThat(Averages.of(223, 3)).hasToString("74.3333333333");
        assertThat(Averages.of(209, 3)).hasToString("69.6666666667");
    }

    @Test
    void lackingIsExact() {
        assertThat(Averages.lacking(BigDecimal.valueOf(70), 209, 3)).hasToString("0.3333333333");
        assertThat(Averages.lacking(BigDecimal.valueOf(70), 139, 2)).hasToString("0.5");
        assertThat(Averages.lacking(BigDecimal.valueOf(70), 150, 2)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> Averages.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarBands.of(BANDS).bandOf(101, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarBands.of(BANDS).bandOf(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringEngine.bandOf(RB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringEngine.bandOf(RB, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
