package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;

/** The shipped rulebook of Decision 148/QĐ-TTg against {@code data/qd-148-2023/VALIDATION.md}. */
class Qd148RulebookTest {

    private static final Rulebook RULES = Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow();

    /** VALIDATION.md: "19 sheets pass every check; sheets 3, 7, 11, 12, 13, 17, 18 fail at least one." */
    private static final List<Integer> FAILING = List.of(3, 7, 11, 12, 13, 17, 18);

    @Test
    void identityDatesAndCompleteness() {
        assertThat(RULES.getLegalReference()).contains("148/QĐ-TTg");
        assertThat(RULES.getAmendments()).singleElement().satisfies(a -> assertThat(a).contains("1489/QĐ-TTg"));
        assertThat(RULES.getSignedOn()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(RULES.getEffectiveFrom()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(RULES.getEffectiveTo()).contains(LocalDate.of(2026, 7, 20));
        assertThat(RULES.getCompleteness()).isEqualTo(Completeness.TRANSCRIBED);
        assertThat(RULES.getCorrections()).isEmpty();
        assertThat(RULES.getPartMaxima()).isEqualTo(Map.of(PartCode.A, 40, PartCode.B, 25, PartCode.C, 35));
        assertThat(RULES.getProvenance()).contains("augustine-tran/ocop", "d76e5ad5de8cf7f044e67784aea849fdd9cee799");
        assertThat(RULES.getSheets()).hasSize(26);
        assertThat(OcopValidation.standard().violations(RULES)).isEmpty();
    }

    @Test
    void exactlyTheSheetsThatFailTheirArithmeticAreIncomplete() {
        assertThat(RULES.getSheets()).filteredOn(s -> !s.isComplete()).extracting(CriteriaSheet::getNumber)
                .containsExactlyElementsOf(FAILING);
        assertThat(RULES.getSheets()).filteredOn(CriteriaSheet::isComplete).hasSize(19)
                .allSatisfy(s -> assertThat(s.getParts()).extracting(p -> p.getCode() + "=" + p.getMaxPoints())
                        .containsExactly("A=40", "B=25", "C=35"));
        // each reason names what VALIDATION.md lists for that sheet
        assertThat(reason(3)).contains("group 7: maximum 2 != the sum of its criteria 0",
                "group 8: maximum 5", "group 10: maximum 5", "group 12: maximum 3", "criterion 7.a: maximum not transcribed");
        assertThat(reason(7)).contains("criterion 6.d: maximum 4 != its best option 3");
        assertThat(reason(11)).contains("part C: maximum 35 != the sum of its groups 32");
        assertThat(reason(12)).contains("part C: maximum 35 != the sum of its groups 32");
        assertThat(reason(13)).contains("part C: maximum 35 != the sum of its groups 33");
        assertThat(reason(17)).contains("criterion 1.d, option 2: points not an integer (transcribed 'l')");
        assertThat(reason(18)).contains("criterion 1.b, option 2: points not an integer (transcribed 't')");
    }

    private static String reason(int sheet) {
        return RULES.sheet(sheet).orElseThrow().getIncompleteReason().orElseThrow();
    }

    @Test
    void unreadableValuesAreKeptAsTranscribedNeverGuessed() {
        CriterionOption l = RULES.sheet(17).orElseThrow().criterion("1.d").orElseThrow().getOptions().get(1);
        assertThat(l.isPointsKnown()).isFalse();
        assertThat(l.getPrinted()).contains("l");
        Criterion blank = RULES.sheet(3).orElseThrow().criterion("7.a").orElseThrow();
        assertThat(blank.getPrintedMax()).contains("");
        assertThat(blank.getMaxPoints()).isZero(); // "none printed", not the best option (2)
        // a criterion transcribed with only its letter is named by that letter, in both languages
        assertThat(blank.getLabel()).contains("a)");
        assertThat(blank.getName().getVi()).isEqualTo("a)");
        assertThat(blank.getName().getEn()).contains("a) (no name in the transcription)");
    }

    @Test
    void labelsAndCriterionLevelGatesAreKept() {
        CriteriaSheet fresh = RULES.sheet(1).orElseThrow();
        Criterion ip = fresh.criterion("3.e").orElseThrow();
        assertThat(ip.getMinStar()).contains(StarRating.FOUR);
        assertThat(ip.getLabel()).contains("e)");
        assertThat(fresh.criterion("1.a").orElseThrow().getLabel()).contains("a)");
        // VALIDATION.md "criterion-level ★": one per sheet (3.e, or 3.c.2 on sheets 18 and 19)
        for (CriteriaSheet sheet : RULES.getSheets()) {
            assertThat(SheetFacts.criteria(sheet)).filteredOn(c -> c.getMinStar().isPresent())
                    .as("sheet %s", sheet.getNumber()).hasSize(1);
        }
        assertThat(RULES.sheet(18).orElseThrow().criterion("3.c.2").orElseThrow().getMinStar()).contains(StarRating.FOUR);
        // tourism: the transcribed case maxima are kept on the cases
        assertThat(RULES.sheet(26).orElseThrow().criterion("8").orElseThrow().getAlternatives())
                .allSatisfy(a -> assertThat(a.getPrintedMax()).contains(3));
    }

    /** VALIDATION.md per-sheet table, columns ★3, ★4, ★5 (option-level gates). */
    @ParameterizedTest(name = "sheet {0}: gates {1}/{2}/{3}")
    @CsvSource({
        "1, 3, 11, 8", "2, 3, 13, 10", "3, 3, 12, 11", "4, 3, 12, 11", "5, 4, 11, 10", "6, 4, 11, 10",
        "7, 4, 13, 10", "8, 4, 13, 10", "9, 4, 13, 10", "10, 4, 13, 10", "11, 4, 11, 7", "12, 4, 13, 7",
        "13, 4, 9, 7", "14, 4, 9, 6", "15, 4, 10, 6", "16, 3, 8, 6", "17, 4, 11, 6", "18, 3, 9, 7",
        "19, 3, 9, 7", "20, 3, 9, 7", "21, 3, 8, 7", "22, 2, 7, 7", "23, 2, 10, 6", "24, 2, 7, 7",
        "25, 2, 8, 6", "26, 0, 1, 0"
    })
    void sheetCarriesItsGates(int number, long three, long four, long five) {
        CriteriaSheet sheet = RULES.sheet(number).orElseThrow();
        assertThat(SheetFacts.gates(sheet, 3)).isEqualTo(three);
        assertThat(SheetFacts.gates(sheet, 4)).isEqualTo(four);
        assertThat(SheetFacts.gates(sheet, 5)).isEqualTo(five);
    }

    @Test
    void everyPartGroupAndCriterionHasVietnameseAndEnglishNames() {
        for (CriteriaSheet sheet : RULES.getSheets()) {
            assertThat(sheet.getName().getEn()).isPresent();
            sheet.getParts().forEach(p -> {
                assertThat(p.getName().getEn()).isPresent();
                p.getGroups().forEach(g -> assertThat(g.getName().getEn()).isPresent());
            });
            assertThat(SheetFacts.criteria(sheet)).allSatisfy(c -> {
                assertThat(c.getName().getVi()).isNotBlank();
                assertThat(c.getName().getEn()).isPresent();
            });
        }
        // 20 criteria have no name in the transcription (VALIDATION.md "only a letter"): sheets 2 to 7
        long unnamed = RULES.getSheets().stream().flatMap(s -> SheetFacts.criteria(s).stream())
                .filter(c -> c.getName().getEn().orElseThrow().endsWith("(no name in the transcription)")).count();
        assertThat(unnamed).isEqualTo(20);
    }
}
