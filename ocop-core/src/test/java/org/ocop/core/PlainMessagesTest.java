package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;

/**
 * Every violation the model reports, in English and in Vietnamese, is at a JSON Pointer and reads as plain text:
 * no unresolved message key, no Java type or internal name, no "false" standing in for the offending value.
 */
class PlainMessagesTest {

    private static List<Object> invalidValues() {
        Council council = Fixtures.council();
        return List.of(
                Council.builder().level(AuthorityLevel.COMMUNE).build(),
                Council.builder().from(council).addMembers(CouncilMember.of("m2", "Phạm Thị D")).build(),
                Council.builder().from(council).chairId("m9").addPresent("m8").build(),
                Evaluation.builder().from(Fixtures.evaluation())
                        .addMemberScores(MemberScores.of("m9", Fixtures.fullChoices()))
                        .addMemberScores(MemberScores.of("m1", Map.of("1.1", -1, " ", 0)))
                        .evaluatedOn(LocalDate.of(2000, 1, 1)).type(EvaluationType.UPGRADE).build(),
                Evaluation.builder().from(Fixtures.evaluation()).currentRating(StarRating.THREE).build(),
                Workforce.builder().total(-1).women(2).build(),
                Producer.builder().from(Fixtures.producer()).type(ProducerType.SMALL_MEDIUM_ENTERPRISE).build(),
                Product.builder().from(Fixtures.product()).id("sp\u200B1").addExportMarkets("vn").build(),
                Address.builder().provinceCode("x").communeCode("y").street(" ").build(),
                Certificate.builder().productId("Ho\u0300a").rating(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
                        .issuingAuthority("UBND").decisionNumber("1/QĐ").issuedOn(LocalDate.of(2026, 9, 1))
                        .validUntil(LocalDate.of(2026, 1, 1)).rulebookId("QD-26-2026").build());
    }

    @Test
    void violationsArePointersWithPlainMessagesInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            List<Violation> all = new ArrayList<>();
            for (Object value : invalidValues()) {
                List<Violation> found = OcopValidation.forLocale(locale).violations(value);
                assertThat(found).as("%s", value.getClass().getSimpleName()).isNotEmpty();
                all.addAll(found);
            }
            for (Violation v : all) {
                assertThat(v.getPath()).as("%s", v).matches("(/([^/~]|~[01])*)*");
                assertThat(v.getMessage()).as("%s", v).doesNotContain("{", "}", "java.", "Immutable", "<", "(was")
                        .isNotBlank();
                assertThat(v.getInvalidValue()).as("%s", v).isNotIn("false", "true")
                        .doesNotContain("Immutable", "java.", "{", "[", "Optional");
                assertThat(v.toString()).as("%s", v).doesNotContain("<root>", "<list element>", "<map value>",
                        "<map key>", "<K>");
            }
        }
    }
}
