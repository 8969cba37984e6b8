package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.rules.Rulebook;

/** The committed fixtures read back canonically, and evaluations are checked against the rulebook's sheet. */
class EvaluationFitTest {

    static Rulebook rulebook;

    @BeforeAll
    static void fixtures() throws IOException {
        if (SchemaTest.WRITE) {
            Files.writeString(Path.of("src/test/resources/fixtures/rulebook.json"), OcopJson.write(Fixtures.rulebook()));
            Files.writeString(Path.of("src/test/resources/fixtures/evaluation.json"),
                    OcopJson.write(Fixtures.evaluation()));
        }
        rulebook = OcopJson.readRulebook(new ByteArrayInputStream(
                OcopJsonTestSupport.resource("fixtures/rulebook.json").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void committedFixturesAreTheCanonicalDocumentsOfTheFixtureValues() {
        assertThat(rulebook).isEqualTo(Fixtures.rulebook());
        assertThat(OcopJson.write(Fixtures.rulebook())).isEqualTo(OcopJsonTestSupport.resource("fixtures/rulebook.json"));
        assertThat(OcopJson.write(Fixtures.evaluation()))
                .isEqualTo(OcopJsonTestSupport.resource("fixtures/evaluation.json"));
    }

    @Test
    void aFittingEvaluationIsRead() {
        byte[] json = OcopJsonTestSupport.resource("fixtures/evaluation.json").getBytes(StandardCharsets.UTF_8);
        assertThat(OcopJson.readEvaluation(json, rulebook)).isEqualTo(Fixtures.evaluation());
        assertThat(OcopJson.readEvaluation(new ByteArrayInputStream(json), rulebook)).isEqualTo(Fixtures.evaluation());
    }

    @Test
    void everyProblemWithTheChoicesIsReportedWithItsOwnPointer() {
        // m1: 1.1 has options 0..2, so 3 is past the end; 9.9 is not on the sheet; 3.1 is a composite;
        // 2.1 is missing (binary, not conditional). m2 is fine.
        Evaluation bad = Evaluation.builder().from(Fixtures.evaluation())
                .memberScores(java.util.List.of(
                        MemberScores.of("m1", Map.of("1.1", 3, "9.9", 0, "3.1", 0, "3.1.1", 1, "3.1.2", 2)),
                        Fixtures.evaluation().getMemberScores().get(1)))
                .build();
        byte[] json = OcopJson.write(bad).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OcopJson.readEvaluation(json, rulebook))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> assertThat(e.getProblems())
                        .extracting(v -> v.path())
                        .containsExactlyInAnyOrder("/memberScores/0/choices/1.1", "/memberScores/0/choices/9.9",
                                "/memberScores/0/choices/3.1", "/memberScores/0/choices/2.1"));
    }

    @Test
    void anEvaluationOfAnotherSetOrRulebookIsRefused() {
        Evaluation otherSet = Evaluation.builder().from(Fixtures.evaluation())
                .product(org.ocop.core.product.Product.builder().from(Fixtures.evaluation().getProduct())
                        .productSet(org.ocop.core.classification.ProductSet.TEA).build()).build();
        assertThatThrownBy(() -> OcopJson.readEvaluation(OcopJson.write(otherSet).getBytes(StandardCharsets.UTF_8),
                rulebook)).isInstanceOfSatisfying(OcopJsonException.class,
                        e -> assertThat(e.getPointer()).isEqualTo("/product/productSet"));
        Evaluation otherRulebook = Evaluation.builder().from(Fixtures.evaluation()).rulebookId("QD-26-2026").build();
        assertThatThrownBy(() -> OcopJson.readEvaluation(
                OcopJson.write(otherRulebook).getBytes(StandardCharsets.UTF_8), rulebook))
                .isInstanceOfSatisfying(OcopJsonException.class,
                        e -> assertThat(e.getPointer()).isEqualTo("/rulebookId"));
    }
}
