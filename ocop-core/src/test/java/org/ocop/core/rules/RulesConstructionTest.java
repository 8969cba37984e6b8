package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.alternative;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;

/** Builders and factories of the smaller rules types: options, cases, knock-outs, bands, corrections. */
class RulesConstructionTest {

    @Test
    void optionFactoryAndBuilderAgree() {
        CriterionOption built = CriterionOption.builder().text(LocalizedText.of("Có")).points(5).build();
        assertThat(CriterionOption.of("Có", 5)).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.isPointsKnown()).isTrue();
        assertThat(built.getPrinted()).isEmpty();
        assertThat(built.getMinStar()).isEmpty();
        CriterionOption gated = CriterionOption.builder().from(built).minStar(StarRating.FOUR).printed("5*").build();
        assertThat(gated.getMinStar()).contains(StarRating.FOUR);
        assertThat(gated).isNotEqualTo(built);
    }

    @Test
    void alternativeKeepsItsOptionsInOrder() {
        Alternative a = Alternative.builder().from(alternative("Trường hợp 1", 0, 10, 20)).printedMax(20).build();
        assertThat(a.getOptions()).extracting(CriterionOption::getPoints).containsExactly(0, 10, 20);
        assertThat(a.getPrintedMax()).contains(20);
        assertThatThrownBy(() -> a.getOptions().add(CriterionOption.of("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Alternative.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("label");
    }

    @Test
    void knockoutFactory() {
        Knockout k = Knockout.of(LocalizedText.of("Bị loại nếu 100% nguyên liệu nhập khẩu"), KnockoutEffect.REJECT);
        assertThat(k.getEffect()).isEqualTo(KnockoutEffect.REJECT);
        assertThat(k).isEqualTo(Knockout.of(LocalizedText.of("Bị loại nếu 100% nguyên liệu nhập khẩu"),
                KnockoutEffect.REJECT));
        assertThat(k).isNotEqualTo(Knockout.of(k.getText(), KnockoutEffect.HALT_EVALUATION));
    }

    @Test
    void starBandFactory() {
        StarBand band = StarBand.of(StarRating.THREE, 50);
        assertThat(band.getRating()).isEqualTo(StarRating.THREE);
        assertThat(band.getFrom()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(band).isEqualTo(StarBand.of(StarRating.THREE, 50));
    }

    @Test
    void correctionKeepsThePrintedValue() {
        // 26/2026 sheet 4, group 7: printed 13, used 3 (data/qd-26-2026/VALIDATION.md)
        Correction c = Correction.builder().location("sheet 4 / group 7 / option 2").printed("13").used("3")
                .reason("typo").build();
        assertThat(c.getPrinted()).isEqualTo("13");
        assertThat(c.getConfidence()).isEmpty();
        assertThatThrownBy(() -> Correction.builder().location("x").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("printed").hasMessageContaining("used").hasMessageContaining("reason");
    }

    @Test
    void partLabels() {
        assertThat(PartCode.A.label().getVi()).isEqualTo("Sản phẩm và sức mạnh của cộng đồng");
        assertThat(PartCode.values()).containsExactly(PartCode.A, PartCode.B, PartCode.C);
    }
}
