package org.ocop.scoring.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Knockout;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.scoring.rulebooks.Rulebooks;

/** {@link RuleDiff} on hand-built sheets and on sheet 1 between 148 and 26/2026. */
class RuleDiffTest {

    private static CriterionOption opt(int p) {
        return CriterionOption.of("option " + p, p);
    }

    private static CriteriaSheet sheet(Criterion a, Criterion b) {
        return CriteriaSheet.builder().number(1).name(LocalizedText.of("s"))
                .addParts(part(PartCode.A, 40, a), part(PartCode.B, 25, b),
                        part(PartCode.C, 35, Criterion.builder().code("3.1").name(LocalizedText.of("Mùi vị"))
                                .maxPoints(35).addOptions(opt(0), opt(35)).build()))
                .build();
    }

    private static SheetPart part(PartCode code, int max, Criterion c) {
        return SheetPart.builder().code(code).name(code.label()).maxPoints(max).addGroups(CriterionGroup.builder()
                .code(code.name()).name(LocalizedText.of("group " + code)).maxPoints(max).addCriteria(c).build()).build();
    }

    @Test
    void identicalSheetsHaveAnEmptyDiff() {
        CriteriaSheet s = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow().sheet(1).orElseThrow();
        SheetDiff d = RuleDiff.compare("a", s, "b", s);
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.getMatched()).allMatch(m -> m.getMatchedBy() == MatchedBy.CODE);
        assertThat(d.getMatched()).hasSize(s.getCriteriaByCode().size());
    }

    @Test
    void handBuiltChanges() {
        Criterion before = Criterion.builder().code("1.a").name(LocalizedText.of("Nguồn gốc sản phẩm")).maxPoints(40)
                .addOptions(opt(0), opt(20), opt(40)).build();
        Criterion after = Criterion.builder().code("1.1").name(LocalizedText.of("NGUỒN GỐC  sản phẩm")).maxPoints(40)
                .addOptions(opt(0), opt(10),
                        CriterionOption.builder().text(LocalizedText.of("option 40")).points(40).minStar(StarRating.FOUR).build())
                .knockout(Knockout.of(LocalizedText.of("Bị loại nếu …"), KnockoutEffect.REJECT)).build();
        Criterion gone = Criterion.builder().code("2.1").name(LocalizedText.of("Kế toán")).maxPoints(25)
                .addOptions(opt(0), opt(25)).build();
        Criterion added = Criterion.builder().code("2.9").name(LocalizedText.of("Bảo vệ môi trường")).maxPoints(25)
                .addOptions(opt(0), opt(25)).build();
        SheetDiff d = RuleDiff.compare("old", sheet(before, gone), "new", sheet(after, added));
        CriterionDiff c = d.byNewCode("1.1").orElseThrow();
        assertThat(c.getMatchedBy()).isEqualTo(MatchedBy.NAME);
        assertThat(c.getBefore().getCode()).isEqualTo("1.a");
        assertThat(c.has(ChangeKind.OPTION_POINTS)).isTrue();
        assertThat(c.has(ChangeKind.GATES)).isTrue();
        assertThat(c.has(ChangeKind.KNOCKOUT)).isTrue();
        assertThat(c.has(ChangeKind.MAX_POINTS)).isFalse();
        assertThat(d.getRemoved()).extracting(CriterionRef::getCode).containsExactly("2.1");
        assertThat(d.getAdded()).extracting(CriterionRef::getCode).containsExactly("2.9");
        assertThat(d.byNewCode("3.1").orElseThrow().getChanges()).isEmpty();
        assertThat(d.isEmpty()).isFalse();
        assertThat(RuleDiff.normalise("Đóng gói, BAO BÌ sản phẩm")).isEqualTo("dong goi bao bi san pham");
    }

    @Test
    void sheetOneFrom148To26() {
        Rulebook old = Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow();
        Rulebook now = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        SheetDiff d = RuleDiff.compare(old, now, ProductSet.ofSheet(1));
        assertThat(d.getFromRulebook()).isEqualTo("QD-148-2023");
        assertThat(d.getSheetNumber()).isEqualTo(1);
        // "Nguồn gốc sản phẩm": 148 1.a (max 5) → 26/2026 1.1 (max 3), re-weighted
        CriterionDiff origin = d.byNewCode("1.1").orElseThrow();
        assertThat(origin.getBefore().getCode()).isEqualTo("1.a");
        assertThat(origin.getMatchedBy()).isEqualTo(MatchedBy.NAME);
        assertThat(origin.getChanges()).contains(Change.of(ChangeKind.MAX_POINTS, "5", "3"));
        assertThat(d.getReweighted()).contains(origin);
        // "Năng lực sản xuất…": 148 1.c gated 4★/5★ → 26/2026 1.4 without gates
        CriterionDiff capacity = d.byNewCode("1.4").orElseThrow();
        assertThat(capacity.getBefore().getCode()).isEqualTo("1.c");
        assertThat(capacity.has(ChangeKind.GATES)).isTrue();
        assertThat(capacity.has(ChangeKind.MAX_POINTS)).isFalse();
        // "Kế toán" (148 3.đ) is gone; 26/2026 adds 1.2 (certified raw-material area)
        assertThat(d.getRemoved()).extracting(CriterionRef::getCode).contains("3.đ");
        assertThat(d.getAdded()).extracting(CriterionRef::getCode).contains("1.2");
        // Nutrition: 148 "7.a" (max 2) and 26/2026's group 7 scored directly (max 3), paired by group
        CriterionDiff nutrition = d.byNewCode("7").orElseThrow();
        assertThat(nutrition.getBefore().getCode()).isEqualTo("7.a");
        assertThat(nutrition.getMatchedBy()).isEqualTo(MatchedBy.GROUP);
        assertThat(nutrition.getChanges()).contains(Change.of(ChangeKind.MAX_POINTS, "2", "3"));
    }

    @Test
    void totalsOnlyRulebookHasNoSheetToCompare() {
        Rulebook old = Rulebooks.byId(Rulebooks.QD_1048_2019).orElseThrow();
        Rulebook now = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        assertThatThrownBy(() -> RuleDiff.compare(old, now, ProductSet.ofSheet(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no criteria sheet 1");
    }

    @Test
    void renumberedAndRewordedCriteriaArePairedBySimilarName() {
        Rulebook old = Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow();
        Rulebook now = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        SheetDiff d = RuleDiff.compare(old, now, ProductSet.ofSheet(8));
        // the legal representative: 148 "3.b" → 26/2026 "3.2", same group 3, reworded
        CriterionDiff legal = d.byNewCode("3.2").orElseThrow();
        assertThat(legal.getBefore().getCode()).isEqualTo("3.b");
        assertThat(legal.getMatchedBy()).isEqualTo(MatchedBy.SIMILAR_NAME);
        assertThat(legal.has(ChangeKind.NAME)).isTrue();
        // the product story: "Câu chuyện về sản phẩm" (5.a) → "Câu chuyện sản phẩm" (5.1): 4 of 5 and 4 words,
        // Dice 2·4/(5+4) = 0.89
        CriterionDiff story = d.byNewCode("5.1").orElseThrow();
        assertThat(story.getBefore().getCode()).isEqualTo("5.a");
        assertThat(story.getMatchedBy()).isEqualTo(MatchedBy.SIMILAR_NAME);
        assertThat(d.getRemoved()).extracting(CriterionRef::getCode).doesNotContain("3.b", "5.a").contains("3.đ");
        assertThat(d.getAdded()).extracting(CriterionRef::getCode).doesNotContain("3.2", "5.1").contains("1.2");
    }

    @Test
    void similarityIsTheDiceCoefficientOfWords() {
        assertThat(RuleDiff.similarity("cau chuyen ve san pham", "cau chuyen san pham")).isEqualTo(8.0 / 9);
        assertThat(RuleDiff.similarity("ke toan", "dai dien phap luat")).isZero();
    }
}
