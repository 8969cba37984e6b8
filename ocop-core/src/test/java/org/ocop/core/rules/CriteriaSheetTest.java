package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.alternative;
import static org.ocop.core.Fixtures.binary;
import static org.ocop.core.Fixtures.c11;
import static org.ocop.core.Fixtures.c12;
import static org.ocop.core.Fixtures.c21;
import static org.ocop.core.Fixtures.c22;
import static org.ocop.core.Fixtures.c3;
import static org.ocop.core.Fixtures.choice;
import static org.ocop.core.Fixtures.group;
import static org.ocop.core.Fixtures.part;
import static org.ocop.core.Fixtures.partA;
import static org.ocop.core.Fixtures.partB;
import static org.ocop.core.Fixtures.partC;
import static org.ocop.core.Fixtures.sheet;
import static org.ocop.core.Fixtures.sheetBuilder;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;

/** The sheet arithmetic of docs/rules.md §3.1: a sample sheet that adds up, and one broken variant per check. */
class CriteriaSheetTest {

    private static void assertRefusedAt(ThrowingCallable build, String node, String problem) {
        assertThatThrownBy(build).isInstanceOf(SheetArithmeticException.class)
                .hasMessage(node + ": " + problem)
                .satisfies(e -> assertThat(((SheetArithmeticException) e).getNode()).isEqualTo(node));
    }

    private static Criterion withOptionUnreadable(Criterion c, int index) {
        Criterion.Builder b = Criterion.builder().from(c).options(java.util.List.of());
        for (int i = 0; i < c.getOptions().size(); i++) {
            CriterionOption o = c.getOptions().get(i);
            b.addOption(i == index ? CriterionOption.builder().from(o).pointsKnown(false).points(0).printed("l").build() : o);
        }
        return b.build();
    }

    @Test
    void aSheetThatAddsUpIsBuiltWithItsIndexes() {
        CriteriaSheet sheet = sheet();

        assertThat(sheet.isComplete()).isTrue();
        assertThat(sheet.getMaxPoints()).isEqualTo(100);
        assertThat(sheet.getProductSet()).isEqualTo(ProductSet.FRESH_PRODUCE);
        // composites come before their parts, printed order otherwise
        assertThat(sheet.getCriteriaByCode()).containsOnlyKeys("1.1", "1.2", "1.2.1", "1.2.2", "2.1", "2.2", "3");
        assertThat(sheet.getCriteriaByCode().keySet()).containsExactly("1.1", "1.2", "1.2.1", "1.2.2", "2.1", "2.2", "3");
        assertThat(sheet.getLeafCriteria()).extracting(Criterion::getCode)
                .containsExactly("1.1", "1.2.1", "1.2.2", "2.1", "2.2", "3");
        assertThat(sheet.criterion("1.2.2")).map(Criterion::getKind).contains(CriterionKind.BINARY);
        assertThat(sheet.criterion("9.9")).isEmpty();
        assertThat(sheet.part(PartCode.B).getMaxPoints()).isEqualTo(25);
        assertThatThrownBy(() -> sheet.getCriteriaByCode().put("x", c11()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sheet.getLeafCriteria().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sheetTotalMustBeTheSumOfItsParts() {
        // parts 40 + 25 + 35 = 100, printed total 90
        assertRefusedAt(() -> sheetBuilder().maxPoints(90).addParts(partA(), partB(), partC()).build(),
                "sheet 1", "maximum 90 != sum of its parts 100");
    }

    @Test
    void aWithCopyIsCheckedAgain() {
        ImmutableCriteriaSheet sheet = (ImmutableCriteriaSheet) sheet();
        assertRefusedAt(() -> sheet.withMaxPoints(99), "sheet 1", "maximum 99 != sum of its parts 100");
        assertThat(sheet.withNotes("ghi chú").getNotes()).containsExactly("ghi chú");
        assertThat(sheet.getNotes()).isEmpty();
    }

    @Test
    void partMustBeTheSumOfItsGroups() {
        // group 1 is 20 + 20 = 40, part A printed 45
        SheetPart a = SheetPart.builder().from(partA()).maxPoints(45).build();
        assertRefusedAt(() -> sheet(a, partB(), partC()), "sheet 1 / part A", "maximum 45 != sum of its groups 40");
    }

    @Test
    void groupMustBeTheSumOfItsCriteria() {
        // criteria 1.1 (20) + 1.2 (20) = 40, group printed 35, part adjusted to 35 so only the group is wrong
        CriterionGroup g = CriterionGroup.builder().from(group("1", c11(), c12())).maxPoints(35).build();
        SheetPart a = SheetPart.builder().from(partA()).groups(java.util.List.of(g)).maxPoints(35).build();
        assertRefusedAt(() -> sheet(a, partB(), partC()), "sheet 1 / part A / group 1",
                "maximum 35 != sum of its criteria 40");
    }

    @Test
    void leafMaximumMustBeItsBestOption() {
        // options 0/10/20: best 20, printed 25
        Criterion c = Criterion.builder().from(c11()).maxPoints(25).build();
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c, c12())), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.1", "maximum 25 != best option 20");
    }

    @Test
    void conditionalMaximumMustBeItsBestOption() {
        // options 0/5: best 5, printed 6
        Criterion c = Criterion.builder().from(c21()).maxPoints(6).build();
        assertRefusedAt(() -> sheet(partA(), part(PartCode.B, group("2", c, c22())), partC()),
                "sheet 1 / part B / group 2 / criterion 2.1", "maximum 6 != best option 5");
    }

    @Test
    void compositeMustBeTheSumOfItsSubCriteria() {
        // 1.2.1 (10) + 1.2.2 (10) = 20, printed 25
        Criterion c = Criterion.builder().from(c12()).maxPoints(25).build();
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c11(), c)), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.2", "maximum 25 != sum of its sub-criteria 20");
    }

    @Test
    void subCriterionIsCheckedLikeALeaf() {
        // 1.2.1 options 0/5/10: best 10, printed 8
        Criterion sub = Criterion.builder().from(choice("1.2.1", 0, 5, 10)).maxPoints(8).build();
        Criterion c = Criterion.builder().from(c12()).subCriteria(java.util.List.of(sub, binary("1.2.2", 12))).build();
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c11(), c)), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.2 / sub-criterion 1.2.1", "maximum 8 != best option 10");
    }

    @Test
    void everyAlternativeCaseMustReachTheCriterionMaximum() {
        // case 1 best 20, case 2 best 15, criterion 20
        Criterion c = Criterion.builder().from(c22())
                .alternatives(java.util.List.of(alternative("Trường hợp 1", 0, 10, 20), alternative("Trường hợp 2", 5, 15)))
                .build();
        assertRefusedAt(() -> sheet(partA(), part(PartCode.B, group("2", c21(), c)), partC()),
                "sheet 1 / part B / group 2 / criterion 2.2 / case 2", "criterion maximum 20 != best option 15");
    }

    @Test
    void binaryCriterionNeedsAPositiveMaximum() {
        // checked before the composite sum (10 + 0 != 20 would fail next)
        Criterion c = Criterion.builder().from(c12()).subCriteria(java.util.List.of(choice("1.2.1", 0, 5, 10), binary("1.2.2", 0)))
                .build();
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c11(), c)), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.2 / sub-criterion 1.2.2",
                "a binary criterion needs a positive maximum");
    }

    @Test
    void unreadableOptionPointsAreRefused() {
        Criterion c = withOptionUnreadable(c11(), 1);
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c, c12())), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.1 / option 1", "points unreadable (printed 'l')");
    }

    @Test
    void unreadableOptionPointsInACaseAreRefused() {
        Alternative case1 = alternative("Trường hợp 1", 0, 10, 20);
        Alternative broken = Alternative.builder().from(case1).options(java.util.List.of(case1.getOptions().get(0),
                CriterionOption.builder().text(LocalizedText.of("?")).points(0).pointsKnown(false).build(),
                case1.getOptions().get(2))).build();
        Criterion c = Criterion.builder().from(c22()).alternatives(java.util.List.of(broken, alternative("Trường hợp 2", 5, 20)))
                .build();
        assertRefusedAt(() -> sheet(partA(), part(PartCode.B, group("2", c21(), c)), partC()),
                "sheet 1 / part B / group 2 / criterion 2.2 / case 1 / option 1", "points unreadable (printed '')");
    }

    @Test
    void duplicateCriterionCodeIsRefusedAtItsSecondOccurrence() {
        // group 3 holds a second "1.1" (0/15/35 → 35 keeps every sum right)
        SheetPart c = part(PartCode.C, group("3", choice("1.1", 0, 15, 35)));
        assertRefusedAt(() -> sheet(partA(), partB(), c), "sheet 1 / part C / group 3 / criterion 1.1",
                "criterion code 1.1 appears twice on the sheet");
    }

    @Test
    void duplicateSubCriterionCodeIsRefused() {
        Criterion c = Criterion.builder().from(c12()).subCriteria(java.util.List.of(choice("1.1", 0, 5, 10), binary("1.2.2", 10)))
                .build();
        assertRefusedAt(() -> sheet(part(PartCode.A, group("1", c11(), c)), partB(), partC()),
                "sheet 1 / part A / group 1 / criterion 1.2 / sub-criterion 1.1",
                "criterion code 1.1 appears twice on the sheet");
    }

    @Test
    void aBrokenSheetMarkedIncompleteIsAccepted() {
        CriteriaSheet sheet = sheetBuilder().maxPoints(90).addParts(
                part(PartCode.A, group("1", withOptionUnreadable(c11(), 2), c12())), partB())
                .incompleteReason("transcription: part C missing, option 1.1/2 unreadable").build();

        assertThat(sheet.isComplete()).isFalse();
        assertThat(sheet.getIncompleteReason()).contains("transcription: part C missing, option 1.1/2 unreadable");
        assertThatThrownBy(() -> sheet.part(PartCode.C)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sheet 1 has no part C");
    }

    @Test
    void duplicateCodesAreRefusedEvenOnAnIncompleteSheet() {
        assertRefusedAt(() -> sheetBuilder().incompleteReason("broken").addParts(partA(),
                        part(PartCode.B, group("2", choice("1.2.1", 0, 25)))).build(),
                "sheet 1 / part B / group 2 / criterion 1.2.1", "criterion code 1.2.1 appears twice on the sheet");
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> CriteriaSheet.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("number").hasMessageContaining("name");
        assertThatThrownBy(() -> SheetPart.builder().code(PartCode.A).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name").hasMessageContaining("maxPoints");
        assertThatThrownBy(() -> CriterionGroup.builder().code("1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name").hasMessageContaining("maxPoints");
    }

    @Test
    void equalSheetsAreEqual() {
        assertThat(sheet()).isEqualTo(sheet()).hasSameHashCodeAs(sheet());
        assertThat(sheet()).isNotEqualTo(sheetBuilder().addParts(partA(), partB(), partC()).addNotes("x").build());
        assertThat(c3()).isEqualTo(c3()).hasSameHashCodeAs(c3());
    }
}
