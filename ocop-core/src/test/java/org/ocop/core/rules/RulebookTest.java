package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.c12;
import static org.ocop.core.Fixtures.choice;
import static org.ocop.core.Fixtures.group;
import static org.ocop.core.Fixtures.part;
import static org.ocop.core.Fixtures.partB;
import static org.ocop.core.Fixtures.rulebook;
import static org.ocop.core.Fixtures.rulebookBuilder;
import static org.ocop.core.Fixtures.sheet;
import static org.ocop.core.Fixtures.sheetBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;

/** A rulebook's own checks, {@link Rulebook#bandOf} at the band edges and {@link Rulebook#sheetFor}. */
class RulebookTest {

    /** A sheet that adds up to 100 with the 1048-era part maxima 35/25/40 (docs/rules.md §1). */
    private static CriteriaSheet sheetWith35_25_40() {
        // A: 1.1 (0/15) + 1.2 (20) = 35; B: 25 as in the sample; C: 3 (0/40) = 40; 35 + 25 + 40 = 100
        return sheet(part(PartCode.A, group("1", choice("1.1", 0, 15), c12())), partB(),
                part(PartCode.C, group("3", choice("3", 0, 40))));
    }

    @Test
    void aConsistentRulebookIsBuilt() {
        Rulebook rb = rulebook();
        assertThat(rb.getClassification()).isEqualTo(ClassificationScheme.PRODUCT_SETS);
        assertThat(rb.getPartMaxima()).containsEntry(PartCode.A, 40).containsEntry(PartCode.B, 25)
                .containsEntry(PartCode.C, 35);
        assertThat(rb.sheet(1)).contains(sheet());
        assertThat(rb.sheet(2)).isEmpty();
        assertThat(rb.sheetFor(ProductSet.FRESH_PRODUCE)).isEqualTo(sheet());
        assertThatThrownBy(() -> rb.getSheets().add(sheet())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rb.getPartMaxima().put(PartCode.A, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sheetForAMissingSetIsRefused() {
        assertThatThrownBy(() -> rulebook().sheetFor(ProductSet.RICE_CEREALS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rulebook QD-TEST-2026 has no sheet 3 (Gạo, ngũ cốc, hạt sơ chế khác)");
    }

    @Test
    void sheetForOnATotalsOnlyRulebookIsRefused() {
        Rulebook rb = rulebookBuilder().completeness(Completeness.TOTALS_ONLY).build();
        assertThatThrownBy(() -> rb.sheetFor(ProductSet.FRESH_PRODUCE)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("totals-only");
        // a totals-only rulebook still maps averages to stars
        assertThat(rb.bandOf(new BigDecimal("72"))).isEqualTo(StarRating.FOUR);
    }

    @Test
    void partMaximaMustAddUpTo100() {
        // 40 + 25 + 30 = 95
        assertThatThrownBy(() -> rulebookBuilder().putPartMaxima(PartCode.C, 30).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook QD-TEST-2026: parts A, B, C must have maxima adding up to 100, got {A=40, B=25, C=30}");
    }

    @Test
    void allThreePartsAreNeeded() {
        // 75 + 25 = 100 but no part C
        assertThatThrownBy(() -> rulebookBuilder().partMaxima(java.util.Map.of(PartCode.A, 75, PartCode.B, 25)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parts A, B, C must have maxima adding up to 100");
    }

    @Test
    void bandsMustStartAtZero() {
        assertThatThrownBy(() -> rulebookBuilder().bands(List.of(StarBand.of(StarRating.ONE, 10))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook QD-TEST-2026: the lowest band must start at 0");
        assertThatThrownBy(() -> rulebookBuilder().bands(List.of()).build())
                .hasMessage("rulebook QD-TEST-2026: the lowest band must start at 0");
    }

    @Test
    void bandsMustRiseInRankAndScore() {
        assertThatThrownBy(() -> rulebookBuilder().bands(List.of(StarBand.of(StarRating.ONE, 0),
                        StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.TWO, 60))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rulebook QD-TEST-2026: bands must rise in rank and score");
        assertThatThrownBy(() -> rulebookBuilder().bands(List.of(StarBand.of(StarRating.ONE, 0),
                        StarBand.of(StarRating.TWO, 50), StarBand.of(StarRating.THREE, 50))).build())
                .hasMessageStartingWith("rulebook QD-TEST-2026: bands must rise in rank and score");
    }

    @Test
    void sheetNumbersAreUnique() {
        assertThatThrownBy(() -> rulebookBuilder().addSheets(sheet(), sheet()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook QD-TEST-2026: sheet 1 appears twice");
    }

    @Test
    void aCompleteSheetMustCarryTheRulebookPartMaxima() {
        // the sheet adds up (35 + 25 + 40 = 100) but the rulebook's part A is 40
        assertThatThrownBy(() -> rulebookBuilder().addSheets(sheetWith35_25_40()).build())
                .isInstanceOf(SheetArithmeticException.class)
                .hasMessage("sheet 1 / part A: maximum 35 != rulebook part maximum 40")
                .satisfies(e -> assertThat(((SheetArithmeticException) e).getNode()).isEqualTo("sheet 1 / part A"));
    }

    @Test
    void anIncompleteSheetIsNotHeldToThePartMaxima() {
        CriteriaSheet incomplete = sheetBuilder().from(sheetWith35_25_40()).incompleteReason("transcribed").build();
        Rulebook rb = rulebookBuilder().completeness(Completeness.TRANSCRIBED).addSheets(incomplete).build();
        assertThat(rb.sheet(1)).contains(incomplete);
    }

    @Test
    void aTotalsOnlyRulebookHasNoSheets() {
        assertThatThrownBy(() -> rulebookBuilder().completeness(Completeness.TOTALS_ONLY).addSheets(sheet()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook QD-TEST-2026: a totals-only rulebook has no sheets");
    }

    @Test
    void effectiveDatesMustBeInOrder() {
        assertThatThrownBy(() -> rulebookBuilder().effectiveTo(LocalDate.of(2026, 6, 30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook QD-TEST-2026: effective-to is before effective-from");
        // a rulebook in force for a single day is allowed
        Rulebook oneDay = rulebookBuilder().effectiveTo(LocalDate.of(2026, 7, 1)).build();
        assertThat(oneDay.isInForceOn(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(oneDay.isInForceOn(LocalDate.of(2026, 7, 2))).isFalse();
    }

    @Test
    void inForceFromEffectiveFromToEffectiveToInclusive() {
        Rulebook open = rulebook();
        assertThat(open.isInForceOn(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(open.isInForceOn(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(open.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
        Rulebook closed = rulebookBuilder().effectiveTo(LocalDate.of(2027, 12, 31)).build();
        assertThat(closed.isInForceOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(closed.isInForceOn(LocalDate.of(2028, 1, 1))).isFalse();
    }

    /** docs/rules.md §3.4: 1★ below 30; 2★ 30 to below 50; 3★ 50 to below 70; 4★ 70 to below 90; 5★ 90 to 100. */
    @ParameterizedTest
    @CsvSource({"0, 1", "29.99, 1", "30, 2", "49.99, 2", "50, 3", "69.99, 3", "70, 4", "89.99, 4", "90, 5", "100, 5",
            "30.00, 2", "100.00, 5"})
    void bandOfAtTheEdges(String average, int stars) {
        assertThat(rulebook().bandOf(new BigDecimal(average))).isEqualTo(StarRating.of(stars));
    }

    @Test
    void bandOfRejectsScoresOutside0To100() {
        assertThatThrownBy(() -> rulebook().bandOf(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An average score is 0 to 100, got -0.01");
        assertThatThrownBy(() -> rulebook().bandOf(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An average score is 0 to 100, got 100.01");
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> Rulebook.builder().id("X").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title").hasMessageContaining("legalReference").hasMessageContaining("signedOn")
                .hasMessageContaining("effectiveFrom").hasMessageContaining("provenance")
                .hasMessageContaining("completeness");
    }

    @Test
    void withCopiesAreCheckedAgain() {
        ImmutableRulebook rb = (ImmutableRulebook) rulebook();
        assertThat(rb.withId("QD-OTHER").getId()).isEqualTo("QD-OTHER");
        assertThat(rb.getId()).isEqualTo("QD-TEST-2026");
        assertThatThrownBy(() -> rb.withCompleteness(Completeness.TOTALS_ONLY))
                .hasMessage("rulebook QD-TEST-2026: a totals-only rulebook has no sheets");
        assertThat(rb).isEqualTo(rulebook()).hasSameHashCodeAs(rulebook());
    }
}
