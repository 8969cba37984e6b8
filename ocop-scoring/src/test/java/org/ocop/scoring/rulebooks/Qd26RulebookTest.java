package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.rules.ClassificationScheme;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Correction;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;

/** The shipped rulebook of Decision 26/2026/QĐ-TTg against {@code data/qd-26-2026/VALIDATION.md}. */
class Qd26RulebookTest {

    private static final Rulebook RULES = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();

    @Test
    void identityDatesAndCompleteness() {
        assertThat(RULES.getLegalReference()).contains("26/2026/QĐ-TTg");
        assertThat(RULES.getSignedOn()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(RULES.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(RULES.getEffectiveTo()).isEmpty();
        assertThat(RULES.getCompleteness()).isEqualTo(Completeness.OFFICIAL);
        assertThat(RULES.getClassification()).isEqualTo(ClassificationScheme.PRODUCT_SETS);
        assertThat(RULES.getPartMaxima()).isEqualTo(Map.of(PartCode.A, 40, PartCode.B, 25, PartCode.C, 35));
        assertThat(RULES.getProvenance()).contains("hakienpdu95/minhan", "94397bfc4fc870e69c79f5543cdcc39cca9a6c5b",
                "506fd8efcd2d182f539dae1995bf58fdc84ccf186a60c69b03bf4074915b697d", "unverified against the signed decision");
        assertThat(RULES.getSheets()).extracting(CriteriaSheet::getNumber).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
        assertThat(OcopValidation.standard().violations(RULES)).isEmpty();
    }

    /**
     * Every sheet adds up to 100 with parts 40/25/35 and carries the star gates counted in VALIDATION.md's
     * per-sheet table (columns ★3, ★4, ★5; options inside sub-criteria and alternative cases included).
     */
    @ParameterizedTest(name = "sheet {0}: gates {1}/{2}/{3}")
    @CsvSource({
        "1, 7, 12, 3", "2, 7, 13, 6", "3, 7, 14, 6", "4, 7, 14, 6", "5, 8, 13, 5", "6, 8, 13, 5", "7, 8, 14, 6",
        "8, 8, 14, 6", "9, 8, 14, 6", "10, 8, 13, 6", "11, 8, 12, 3", "12, 8, 14, 3", "13, 8, 10, 3",
        "14, 8, 10, 3", "15, 8, 13, 3", "16, 7, 9, 4", "17, 8, 12, 3", "18, 7, 10, 3", "19, 7, 10, 3",
        "20, 7, 10, 3", "21, 7, 9, 4", "22, 6, 8, 4", "23, 5, 11, 4", "24, 4, 7, 5", "25, 4, 9, 3", "26, 1, 2, 0"
    })
    void sheetAddsUpAndCarriesItsGates(int number, long three, long four, long five) {
        CriteriaSheet sheet = RULES.sheetFor(ProductSet.ofSheet(number));
        assertThat(sheet.isComplete()).isTrue();
        assertThat(sheet.getMaxPoints()).isEqualTo(100);
        assertThat(sheet.getParts()).extracting(p -> p.getCode() + "=" + p.getMaxPoints())
                .containsExactly("A=40", "B=25", "C=35");
        // the parts' groups add up independently of the core's own check
        int total = sheet.getParts().stream().flatMap(p -> p.getGroups().stream())
                .flatMap(g -> g.getCriteria().stream()).mapToInt(Criterion::getMaxPoints).sum();
        assertThat(total).isEqualTo(100);
        assertThat(SheetFacts.gates(sheet, 3)).as("3★ gates").isEqualTo(three);
        assertThat(SheetFacts.gates(sheet, 4)).as("4★ gates").isEqualTo(four);
        assertThat(SheetFacts.gates(sheet, 5)).as("5★ gates").isEqualTo(five);
        assertThat(SheetFacts.criteria(sheet)).allSatisfy(c -> assertThat(c.getMinStar()).isEmpty());
    }

    /**
     * VALIDATION.md "Criterion kinds per sheet": choice, conditional, binary, composite, alternatives,
     * implicit, knock-out notes (criteria and groups), sheet disqualifier.
     */
    @ParameterizedTest(name = "sheet {0}")
    @CsvSource({
        "1, 30, 1, 1, 0, 0, 6, 2, true", "2, 29, 1, 1, 0, 0, 5, 2, true", "3, 30, 1, 1, 0, 0, 6, 2, true",
        "4, 30, 1, 1, 0, 0, 6, 2, true", "5, 29, 1, 1, 0, 0, 5, 2, true", "6, 30, 1, 1, 0, 0, 5, 2, true",
        "7, 30, 1, 1, 0, 0, 5, 3, true", "8, 30, 1, 1, 0, 0, 5, 3, true", "9, 29, 1, 1, 0, 0, 5, 3, true",
        "10, 30, 1, 1, 0, 0, 5, 3, true", "11, 30, 1, 1, 2, 0, 5, 3, true", "12, 30, 1, 1, 0, 0, 5, 3, true",
        "13, 32, 1, 1, 2, 0, 5, 3, true", "14, 27, 1, 1, 0, 0, 4, 2, true", "15, 27, 1, 1, 0, 0, 4, 2, true",
        "16, 27, 1, 1, 0, 0, 4, 1, true", "17, 27, 1, 1, 0, 0, 4, 1, true", "18, 29, 1, 1, 0, 0, 9, 1, true",
        "19, 28, 1, 1, 0, 0, 9, 2, true", "20, 28, 1, 1, 0, 0, 9, 2, true", "21, 26, 1, 1, 0, 0, 3, 1, true",
        "22, 26, 1, 1, 0, 0, 3, 1, true", "23, 25, 1, 0, 0, 0, 4, 0, true", "24, 25, 1, 0, 0, 0, 3, 0, true",
        "25, 24, 1, 0, 0, 0, 3, 0, true", "26, 29, 0, 0, 0, 3, 12, 0, false"
    })
    void kindsAreMappedAsCounted(int number, long choice, long conditional, long binary, long composite,
            long alternatives, long implicit, long knockouts, boolean disqualifier) {
        CriteriaSheet sheet = RULES.sheet(number).orElseThrow();
        var criteria = SheetFacts.criteria(sheet);
        assertThat(criteria.stream().filter(c -> c.getKind() == CriterionKind.CHOICE).count()).isEqualTo(choice);
        assertThat(criteria.stream().filter(c -> c.getKind() == CriterionKind.CONDITIONAL).count()).isEqualTo(conditional);
        assertThat(criteria.stream().filter(c -> c.getKind() == CriterionKind.BINARY).count()).isEqualTo(binary);
        assertThat(criteria.stream().filter(c -> c.getKind() == CriterionKind.COMPOSITE).count()).isEqualTo(composite);
        assertThat(criteria.stream().filter(c -> c.getKind() == CriterionKind.ALTERNATIVES).count()).isEqualTo(alternatives);
        assertThat(criteria.stream().filter(Criterion::isImplicit).count()).isEqualTo(implicit);
        long groupKnockouts = sheet.getParts().stream().flatMap(p -> p.getGroups().stream())
                .filter(g -> g.getKnockout().isPresent()).count();
        assertThat(criteria.stream().filter(c -> c.getKnockout().isPresent()).count() + groupKnockouts)
                .isEqualTo(knockouts);
        assertThat(!sheet.getDisqualifiers().isEmpty()).isEqualTo(disqualifier);
    }

    @Test
    void everyCorrectionIsRecordedWithItsPrintedValue() {
        // VALIDATION.md "Corrections made": 8 rows, printed → used
        assertThat(RULES.getCorrections()).extracting(Correction::getLocation, Correction::getPrinted, Correction::getUsed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sheet 4 / group 1 / criterion 1.2 / option 1", "", "0"),
                        org.assertj.core.groups.Tuple.tuple("sheet 4 / group 7 / criterion 7 / option 3", "13", "3"),
                        org.assertj.core.groups.Tuple.tuple("sheet 7 / group 1 / criterion 1.2 / option 1", "", "0"),
                        org.assertj.core.groups.Tuple.tuple("sheet 7 / group 3 / criterion 3.1 / option 2", "1", "2"),
                        org.assertj.core.groups.Tuple.tuple("sheet 10 / group 1 / criterion 1.2 / option 1", "", "0"),
                        org.assertj.core.groups.Tuple.tuple("sheet 11 / group 1 / criterion 1.2 / option 1", "", "0"),
                        org.assertj.core.groups.Tuple.tuple("sheet 11 / group 6 / criterion 6.1.1 / option 2", "11", "1"),
                        org.assertj.core.groups.Tuple.tuple("sheet 23 / group 9 / maximum", "4\n1", "4"));
        assertThat(RULES.getCorrections()).allSatisfy(c -> {
            assertThat(c.getReason()).isNotBlank();
            assertThat(c.getConfidence()).isPresent();
        });
        assertThat(RULES.getCorrections().get(3).getConfidence()).hasValueSatisfying(v -> assertThat(v).startsWith("medium-high"));
        // the corrected values themselves, with the printed value kept on the option / group
        var option = RULES.sheet(4).orElseThrow().criterion("7").orElseThrow().getOptions().get(2);
        assertThat(option.getPoints()).isEqualTo(3);
        assertThat(option.getPrinted()).contains("13");
        var group = RULES.sheet(23).orElseThrow().part(PartCode.C).getGroups().stream()
                .filter(g -> g.getCode().equals("9")).findFirst().orElseThrow();
        assertThat(group.getMaxPoints()).isEqualTo(4);
        assertThat(group.getPrintedMax()).contains("4\n1");
    }

    @Test
    void specialCriteriaKeepTheirShape() {
        CriteriaSheet tea = RULES.sheet(11).orElseThrow();
        Criterion impurities = tea.criterion("6.1").orElseThrow();
        assertThat(impurities.getKind()).isEqualTo(CriterionKind.COMPOSITE);
        assertThat(impurities.getSubCriteria()).extracting(Criterion::getCode).contains("6.1.1");
        assertThat(tea.criterion("6.1.1").orElseThrow().getKnockout())
                .hasValueSatisfying(k -> assertThat(k.getEffect()).isEqualTo(KnockoutEffect.HALT_EVALUATION));

        CriteriaSheet tourism = RULES.sheet(26).orElseThrow();
        for (String code : new String[] {"8", "9", "15"}) {
            Criterion c = tourism.criterion(code).orElseThrow();
            assertThat(c.getKind()).isEqualTo(CriterionKind.ALTERNATIVES);
            assertThat(c.getAlternatives()).hasSize(2);
            assertThat(c.getSelectionRule()).isPresent();
            assertThat(c.isImplicit()).isTrue();
        }

        CriteriaSheet fresh = RULES.sheet(1).orElseThrow();
        assertThat(fresh.criterion("2.4").orElseThrow().getKind()).isEqualTo(CriterionKind.BINARY);
        Criterion story = fresh.criterion("5.2").orElseThrow();
        assertThat(story.getKind()).isEqualTo(CriterionKind.CONDITIONAL);
        assertThat(story.getCondition()).isPresent();
        // sheet 1 is the only one with English option texts
        assertThat(fresh.criterion("1.1").orElseThrow().getOptions().get(0).getText().getEn()).isPresent();
        assertThat(fresh.criterion("1.3").orElseThrow().getOptions().get(2).getMinStar()).contains(StarRating.FIVE);

        var waterGroup6 = RULES.sheet(16).orElseThrow().part(PartCode.C).getGroups().stream()
                .filter(g -> g.getCode().equals("6")).findFirst().orElseThrow();
        assertThat(waterGroup6.getKnockout()).isPresent();
        assertThat(RULES.sheet(1).orElseThrow().getDisqualifiers()).singleElement()
                .satisfies(d -> assertThat(d).startsWith("Hồ sơ bị loại khi"));
        assertThat(RULES.sheet(1).orElseThrow().getSourceNotes()).isNotEmpty();
        assertThat(Optional.of(RULES.sheet(1).orElseThrow().getNotes().get(0))).hasValueSatisfying(
                n -> assertThat(n).contains("Dấu sao"));
    }

    /**
     * Sheets 1–25 print criterion 5.2 "chỉ áp dụng khi có câu chuyện sản phẩm" and 5.1's first option "không
     * có câu chuyện sản phẩm": the condition is data (5.2 requires 5.1). Sheet 26 has no such criterion.
     */
    @Test
    void theStoryConditionIsDataOnSheets1To25() {
        for (CriteriaSheet sheet : RULES.getSheets()) {
            var conditional = SheetFacts.criteria(sheet).stream().filter(c -> c.getKind() == CriterionKind.CONDITIONAL).toList();
            if (sheet.getNumber() == 26) {
                assertThat(conditional).isEmpty();
                continue;
            }
            assertThat(conditional).as("sheet %s", sheet.getNumber()).singleElement().satisfies(c -> {
                assertThat(c.getCode()).isEqualTo("5.2");
                assertThat(c.getRequiredCriterion()).contains("5.1");
            });
            assertThat(sheet.criterion("5.1").orElseThrow().getOptions().get(0).getText().getVi())
                    .isEqualTo("Không có câu chuyện sản phẩm");
        }
    }

    /** On shipped sheet 1, "no product story" on 5.1 and a 5.2 structure choice cannot stand together. */
    @Test
    void noStoryOn51RefusesAChoiceOn52() {
        CriteriaSheet fresh = RULES.sheet(1).orElseThrow();
        Map<String, Integer> base = new java.util.LinkedHashMap<>();
        SheetFacts.criteria(fresh).stream().filter(c -> c.getKind() != CriterionKind.CONDITIONAL)
                .forEach(c -> base.put(c.getCode(), 0));
        Map<String, Integer> noStoryButStructure = new java.util.LinkedHashMap<>(base);
        noStoryButStructure.put("5.2", 2);
        assertThat(org.ocop.scoring.ScoringEngine.violations(RULES, evaluation(noStoryButStructure)))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPath()).isEqualTo("memberScores[0].choices[5.2]");
                    assertThat(v.getMessage()).isEqualTo("criterion 5.2 applies only when criterion 5.1 is above its "
                            + "first option (Không có câu chuyện sản phẩm), and 5.1 is at its first option: leave 5.2 out");
                    assertThat(v.getInvalidValue()).isEqualTo("2");
                });
        // controls: 5.2 left out, or a story on 5.1 (option 1 "Có câu chuyện sản phẩm"), fits
        assertThat(org.ocop.scoring.ScoringEngine.violations(RULES, evaluation(base))).isEmpty();
        Map<String, Integer> story = new java.util.LinkedHashMap<>(noStoryButStructure);
        story.put("5.1", 1);
        assertThat(org.ocop.scoring.ScoringEngine.violations(RULES, evaluation(story))).isEmpty();
    }

    private static org.ocop.core.evaluation.Evaluation evaluation(Map<String, Integer> choices) {
        var producer = org.ocop.core.product.Producer.builder().id("p").legalName("HTX")
                .type(org.ocop.core.product.ProducerType.COOPERATIVE)
                .address(org.ocop.core.product.Address.builder().provinceCode("01").communeCode("00001").build()).build();
        var product = org.ocop.core.product.Product.builder().id("x").name(org.ocop.core.LocalizedText.of("Rau"))
                .productSet(ProductSet.ofSheet(1)).producer(producer).build();
        return org.ocop.core.evaluation.Evaluation.builder().product(product)
                .submittedOn(LocalDate.of(2026, 9, 1)).rulebookId(Rulebooks.QD_26_2026)
                .council(org.ocop.core.evaluation.Council.builder().level(org.ocop.core.AuthorityLevel.PROVINCE)
                        .addMembers(org.ocop.core.evaluation.CouncilMember.of("m1", "Member 1")).build())
                .addMemberScores(org.ocop.core.evaluation.MemberScores.of("m1", choices)).build();
    }

    @Test
    void everyPartGroupAndCriterionHasVietnameseAndEnglishNames() {
        for (CriteriaSheet sheet : RULES.getSheets()) {
            assertThat(sheet.getName().getEn()).isPresent();
            sheet.getParts().forEach(p -> {
                assertThat(p.getName().getEn()).as("sheet %s part %s", sheet.getNumber(), p.getCode()).isPresent();
                p.getGroups().forEach(g -> assertThat(g.getName().getEn()).isPresent());
            });
            assertThat(SheetFacts.criteria(sheet)).allSatisfy(c -> {
                assertThat(c.getName().getVi()).isNotBlank();
                assertThat(c.getName().getEn()).isPresent();
            });
        }
    }
}
