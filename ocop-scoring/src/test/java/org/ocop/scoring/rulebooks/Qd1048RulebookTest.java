package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.ClassificationScheme;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;

/** The totals-only rulebook of Decision 1048/QĐ-TTg (docs/rules.md §1). */
class Qd1048RulebookTest {

    private static final Rulebook RULES = Rulebooks.byId(Rulebooks.QD_1048_2019).orElseThrow();

    @Test
    void totalsOnly() {
        assertThat(RULES.getCompleteness()).isEqualTo(Completeness.TOTALS_ONLY);
        assertThat(RULES.getClassification()).isEqualTo(ClassificationScheme.LEGACY_BRANCHES);
        assertThat(RULES.getPartMaxima()).isEqualTo(Map.of(PartCode.A, 35, PartCode.B, 25, PartCode.C, 40));
        assertThat(RULES.getSheets()).isEmpty();
        assertThat(RULES.getAmendments()).singleElement().satisfies(a -> assertThat(a).contains("781/QĐ-TTg"));
        assertThat(RULES.getEffectiveFrom()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(RULES.getEffectiveTo()).contains(LocalDate.of(2023, 2, 23));
    }

    @Test
    void refusesCriterionScoring() {
        assertThatThrownBy(() -> RULES.sheetFor(ProductSet.FRESH_PRODUCE))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("totals-only");
    }

    @Test
    void mapsAnAverageToStarsWithHalfOpenBands() {
        // 1048 printed 30-49, 50-69, 70-89, 90-100; ⚖ read as half-open bands (docs/rules.md §3.4)
        assertThat(RULES.bandOf(new BigDecimal("29.99"))).isEqualTo(StarRating.ONE);
        assertThat(RULES.bandOf(new BigDecimal("30"))).isEqualTo(StarRating.TWO);
        assertThat(RULES.bandOf(new BigDecimal("69.5"))).isEqualTo(StarRating.THREE);
        assertThat(RULES.bandOf(new BigDecimal("70"))).isEqualTo(StarRating.FOUR);
        assertThat(RULES.bandOf(new BigDecimal("90"))).isEqualTo(StarRating.FIVE);
    }
}
