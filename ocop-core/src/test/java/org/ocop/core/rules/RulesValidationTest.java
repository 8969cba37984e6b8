package org.ocop.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.core.Fixtures.c11;
import static org.ocop.core.Fixtures.c12;
import static org.ocop.core.Fixtures.group;
import static org.ocop.core.Fixtures.part;
import static org.ocop.core.Fixtures.partB;
import static org.ocop.core.Fixtures.partC;
import static org.ocop.core.Fixtures.rulebook;
import static org.ocop.core.Fixtures.rulebookBuilder;
import static org.ocop.core.Fixtures.sheet;
import static org.ocop.core.Fixtures.sheetBuilder;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.Violation;

/** Bean Validation constraints of the rules package, one test per constraint (English messages). */
class RulesValidationTest {

    private static List<Violation> violations(Object value) {
        return OcopValidation.standard().violations(value);
    }

    @Test
    void theSampleRulebookIsValid() {
        // cascades through every sheet, part, group, criterion and option (many with no English text)
        assertThat(violations(rulebook())).isEmpty();
    }

    @Test
    void rulebookIdIsCapitalsDigitsAndHyphens() {
        assertThat(violations(rulebookBuilder().id("qd-26-2026").build())).containsExactly(Violation.of("/id",
                "must be capital letters, digits and hyphens, e.g. QD-26-2026", "qd-26-2026"));
        assertThat(violations(rulebookBuilder().id("-QD").build())).extracting(Violation::getPath).containsExactly("/id");
    }

    @Test
    void rulebookIdIsNotBlank() {
        assertThat(violations(rulebookBuilder().id(" ").build())).containsExactly(
                Violation.of("/id", "must be capital letters, digits and hyphens, e.g. QD-26-2026", " "),
                Violation.of("/id", "must not be blank", " "));
    }

    @Test
    void rulebookTextsAreNotBlank() {
        assertThat(violations(rulebookBuilder().legalReference("").provenance(" ").build())).containsExactly(
                Violation.of("/legalReference", "must not be blank", ""),
                Violation.of("/provenance", "must not be blank", " "));
        assertThat(violations(rulebookBuilder().title(LocalizedText.of("", "")).build())).containsExactly(
                Violation.of("/title/en", "must not be blank", ""), Violation.of("/title/vi", "must not be blank", ""));
    }

    @Test
    void correctionsNeedLocationUsedValueAndReason() {
        Correction c = Correction.builder().location(" ").printed("").used("").reason("").build();
        assertThat(violations(rulebookBuilder().addCorrections(c).build())).containsExactly(
                Violation.of("/corrections/0/location", "must not be blank", " "),
                Violation.of("/corrections/0/reason", "must not be blank", ""),
                Violation.of("/corrections/0/used", "must not be blank", ""));
        // the printed value may be blank (printed as an empty cell)
        Correction ok = Correction.builder().location("sheet 4 / group 7 / option 2").printed("").used("3")
                .reason("typo").confidence("high").build();
        assertThat(violations(ok)).isEmpty();
    }

    @Test
    void bandsLieBetween0And100() {
        // the rulebook check only asks bands to rise; the range is a Bean Validation rule
        assertThat(violations(rulebookBuilder().bands(List.of(StarBand.of(StarRating.ONE, 0),
                StarBand.of(StarRating.FIVE, 101))).build())).containsExactly(
                Violation.of("/bands/1/from", "must be less than or equal to 100", "101"));
        assertThat(violations(StarBand.of(StarRating.ONE, -5))).containsExactly(
                Violation.of("/from", "must be greater than or equal to 0", "-5"));
        assertThat(StarBand.of(StarRating.TWO, 30).getFrom()).isEqualByComparingTo(new BigDecimal("30"));
    }

    @Test
    void sheetNumberIs1To26() {
        assertThat(violations(sheetBuilder().from(sheet()).number(27).build())).containsExactly(
                Violation.of("/number", "must be less than or equal to 26", "27"));
        assertThat(violations(sheetBuilder().from(sheet()).number(0).build())).containsExactly(
                Violation.of("/number", "must be greater than or equal to 1", "0"));
    }

    @Test
    void criterionAndGroupCodesAreNotBlankAndNestedTextsAreValidated() {
        Criterion blank = Criterion.builder().from(c11()).code(" ").build();
        CriteriaSheet s = sheet(part(PartCode.A, group("", blank, c12())), partB(), partC());
        assertThat(violations(s)).containsExactly(
                Violation.of("/parts/0/groups/0/code", "must not be blank", ""),
                Violation.of("/parts/0/groups/0/criteria/0/code", "must not be blank", " "));
    }

    @Test
    void optionTextsAreValidated() {
        Criterion c = Criterion.builder().from(c11()).options(List.of(CriterionOption.of("Không", 0),
                CriterionOption.builder().text(LocalizedText.of("Có", " ")).points(10).build(),
                CriterionOption.of("", 20))).build();
        assertThat(violations(c)).containsExactly(Violation.of("/options/1/text/en", "must not be blank", " "),
                Violation.of("/options/2/text/vi", "must not be blank", ""));
    }

    @Test
    void knockoutTextIsValidated() {
        Criterion c = Criterion.builder().from(c11())
                .knockout(Knockout.of(LocalizedText.of(" "), KnockoutEffect.REJECT)).build();
        assertThat(violations(c)).containsExactly(Violation.of("/knockout/text/vi", "must not be blank", " "));
    }

    @Test
    void validationCascadesFromTheRulebookDownToSubCriteriaAndCases() {
        Criterion composite = Criterion.builder().from(c12()).subCriteria(List.of(
                Criterion.builder().from(org.ocop.core.Fixtures.choice("1.2.1", 0, 5, 10)).code("").build(),
                org.ocop.core.Fixtures.binary("1.2.2", 10))).build();
        Criterion cases = Criterion.builder().from(org.ocop.core.Fixtures.c22()).alternatives(List.of(
                org.ocop.core.Fixtures.alternative("Trường hợp 1", 0, 10, 20),
                Alternative.builder().label(LocalizedText.of(" ")).addOption(CriterionOption.of("", 5))
                        .addOption(CriterionOption.of("Tốt", 20)).build())).build();
        CriteriaSheet s = sheet(part(PartCode.A, group("1", c11(), composite)),
                part(PartCode.B, group("2", org.ocop.core.Fixtures.c21(), cases)), partC());
        assertThat(violations(rulebookBuilder().addSheets(s).build())).extracting(Violation::getPath).containsExactly(
                "/sheets/0/parts/0/groups/0/criteria/1/subCriteria/0/code",
                "/sheets/0/parts/1/groups/0/criteria/1/alternatives/1/label/vi",
                "/sheets/0/parts/1/groups/0/criteria/1/alternatives/1/options/0/text/vi");
    }
}
