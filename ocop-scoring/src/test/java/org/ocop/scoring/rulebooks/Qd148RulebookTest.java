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

    /** VALIDATION.md: "22 sheets pass every check after the six corrections; sheets 7, 11, 12, 13 fail at least one." */
    private static final List<Integer> FAILING = List.of(7, 11, 12, 13);

    @Test
    void identityDatesAndCompleteness() {
        assertThat(RULES.getLegalReference()).contains("148/QĐ-TTg");
        assertThat(RULES.getAmendments()).singleElement().satisfies(a -> assertThat(a).contains("1489/QĐ-TTg"));
        assertThat(RULES.getSignedOn()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(RULES.getEffectiveFrom()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(RULES.getEffectiveTo()).contains(LocalDate.of(2026, 7, 20));
        assertThat(RULES.getCompleteness()).isEqualTo(Completeness.TRANSCRIBED);
        // the six corrections of VALIDATION.md, each with the transcribed value kept
        assertThat(RULES.getCorrections()).extracting(c -> c.getLocation() + ": '" + c.getPrinted() + "' -> " + c.getUsed())
                .containsExactly("sheet 3 / group 7 / criterion 7.a / maximum: '' -> 2",
                        "sheet 3 / group 8 / criterion 8.a / maximum: '' -> 5",
                        "sheet 3 / group 10 / criterion 10.a / maximum: '' -> 5",
                        "sheet 3 / group 12 / criterion 12.a / maximum: '' -> 3",
                        "sheet 17 / group 1 / criterion 1.d / option 2: 'l' -> 1",
                        "sheet 18 / group 1 / criterion 1.b / option 2: 't' -> 1");
        assertThat(RULES.getCorrections()).allSatisfy(c -> assertThat(c.getReason()).isNotBlank());
        assertThat(RULES.getPartMaxima()).isEqualTo(Map.of(PartCode.A, 40, PartCode.B, 25, PartCode.C, 35));
        assertThat(RULES.getProvenance()).contains("augustine-tran/ocop", "d76e5ad5de8cf7f044e67784aea849fdd9cee799");
        assertThat(RULES.getSheets()).hasSize(26);
        assertThat(OcopValidation.standard().violations(RULES)).isEmpty();
    }

    @Test
    void exactlyTheSheetsThatFailTheirArithmeticAreIncomplete() {
        assertThat(RULES.getSheets()).filteredOn(s -> !s.isComplete()).extracting(CriteriaSheet::getNumber)
                .containsExactlyElementsOf(FAILING);
        assertThat(RULES.getSheets()).filteredOn(CriteriaSheet::isComplete).hasSize(22)
                .allSatisfy(s -> assertThat(s.getParts()).extracting(p -> p.getCode() + "=" + p.getMaxPoints())
                        .containsExactly("A=40", "B=25", "C=35"));
        // each reason names what VALIDATION.md lists for that sheet
        assertThat(reason(7)).contains("criterion 6.d: maximum 4 != its best option 3");
        assertThat(reason(11)).contains("part C: maximum 35 != the sum of its groups 32");
        assertThat(reason(12)).contains("part C: maximum 35 != the sum of its groups 32");
        assertThat(reason(13)).contains("part C: maximum 35 != the sum of its groups 33");
        assertThat(List.of(7, 11, 12, 13)).allSatisfy(n -> assertThat(reason(n)).contains("no source gives the missing values"));
    }

    private static String reason(int sheet) {
        return RULES.sheet(sheet).orElseThrow().getIncompleteReason().orElseThrow();
    }

    @Test
    void correctedValuesKeepTheTranscribedOnes() {
        // sheet 17, 1.d and sheet 18, 1.b: options 0 / l / 2 / 3 and 0 / t / 2 / 3 now score 0 / 1 / 2 / 3
        CriterionOption l = RULES.sheet(17).orElseThrow().criterion("1.d").orElseThrow().getOptions().get(1);
        assertThat(l.isPointsKnown()).isTrue();
        assertThat(l.getPoints()).isEqualTo(1);
        assertThat(l.getPrinted()).contains("l");
        CriterionOption t = RULES.sheet(18).orElseThrow().criterion("1.b").orElseThrow().getOptions().get(1);
        assertThat(t.getPoints()).isEqualTo(1);
        assertThat(t.getPrinted()).contains("t");
        // sheet 3: the wrapped "a)" rows carry their group's maximum (2, 5, 5, 3), equal to their best option
        var sheet3 = RULES.sheet(3).orElseThrow();
        assertThat(List.of("7.a", "8.a", "10.a", "12.a")).extracting(code -> sheet3.criterion(code).orElseThrow().getMaxPoints())
                .containsExactly(2, 5, 5, 3);
        Criterion blank = sheet3.criterion("7.a").orElseThrow();
        assertThat(blank.getPrintedMax()).contains("");
        assertThat(blank.getMaxPoints()).isEqualTo(2);
        // a criterion transcribed with only its letter is named by that letter, in both languages
        assertThat(blank.getLabel()).contains("a)");
        assertThat(blank.getName().getVi()).isEqualTo("a)");
        assertThat(blank.getName().getEn()).contains("a) (no name in the transcription)");
    }

    /**
     * The corrected sheets score: one member choosing every leaf's best option totals 100 (the sheet adds up),
     * and on sheet 17 the corrected option 2 of 1.d (1 point instead of the best 3) gives 100 − 3 + 1 = 98.
     */
    @ParameterizedTest(name = "sheet {0}")
    @CsvSource({"3", "17", "18"})
    void correctedSheetsScore(int number) {
        CriteriaSheet sheet = RULES.sheet(number).orElseThrow();
        assertThat(sheet.isComplete()).isTrue();
        Map<String, Integer> best = new java.util.HashMap<>();
        for (Criterion leaf : sheet.getLeafCriteria()) {
            List<CriterionOption> options = leaf.getScoringOptions();
            int at = 0;
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).getPoints() >= options.get(at).getPoints()) {
                    at = i;
                }
            }
            best.put(leaf.getCode(), at);
        }
        assertThat(score(number, best).getAverageScore()).isEqualByComparingTo("100");
        if (number == 17) {
            best.put("1.d", 1);
            assertThat(score(number, best).getAverageScore()).isEqualByComparingTo("98");
        }
    }

    private static org.ocop.core.result.ScoreResult score(int sheet, Map<String, Integer> choices) {
        var producer = org.ocop.core.product.Producer.builder().id("p").legalName("HTX")
                .type(org.ocop.core.product.ProducerType.COOPERATIVE)
                .address(org.ocop.core.product.Address.builder().provinceCode("01").communeCode("00001").build()).build();
        var product = org.ocop.core.product.Product.builder().id("x").name(org.ocop.core.LocalizedText.of("Sản phẩm"))
                .productSet(org.ocop.core.classification.ProductSet.ofSheet(sheet)).producer(producer).build();
        var evaluation = org.ocop.core.evaluation.Evaluation.builder().product(product)
                .submittedOn(LocalDate.of(2025, 3, 1)).rulebookId(Rulebooks.QD_148_2023)
                .council(org.ocop.core.evaluation.Council.builder().level(org.ocop.core.AuthorityLevel.PROVINCE)
                        .addMembers(org.ocop.core.evaluation.CouncilMember.of("m1", "Member 1")).build())
                .addMemberScores(org.ocop.core.evaluation.MemberScores.of("m1", choices)).build();
        return org.ocop.scoring.ScoringEngine.standard().score(RULES, evaluation);
    }

    /** 5.b/5.c "chỉ áp dụng khi có câu chuyện" stay text: no option says plainly "no story" (data/qd-148-2023/README.md). */
    @Test
    void theStoryConditionsStayText() {
        assertThat(RULES.getSheets()).allSatisfy(sheet -> assertThat(SheetFacts.criteria(sheet))
                .filteredOn(c -> c.getKind() == org.ocop.core.rules.CriterionKind.CONDITIONAL)
                .allSatisfy(c -> assertThat(c.getRequiredCriterion()).isEmpty()));
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
