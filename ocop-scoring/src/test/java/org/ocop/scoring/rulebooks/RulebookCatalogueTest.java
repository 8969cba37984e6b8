package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;

/** The open catalogue (docs/rules.md §1): shipped, extended from JSON, replaced, and the choice for an evaluation. */
class RulebookCatalogueTest {

    private static final Rulebook QD26 = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();

    @Test
    void theStandardCatalogueListsTheShippedRulebooksOldestFirst() {
        RulebookCatalogue standard = RulebookCatalogue.standard();
        assertThat(standard.getIds()).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(standard.getNewest()).isSameAs(QD26);
        assertThat(standard.byId("QD-26-2026")).containsSame(QD26);
        assertThat(standard.byId("QD-0-2000")).isEmpty();
        assertThat(standard.replaced("QD-26-2026")).isEmpty();
        assertThat(RulebookCatalogue.standard()).isSameAs(standard);
    }

    @Test
    void aUserRulebookReadFromJsonIsAddedAndKeepsItsOwnStanding() {
        Rulebook province = Rulebook.builder().from(QD26).id("LC-2027").completeness(Completeness.PROVINCIAL)
                .provenance("Lào Cai's corrected copy").effectiveFrom(LocalDate.of(2027, 1, 1))
                .signedOn(LocalDate.of(2027, 1, 1)).build();
        byte[] json = OcopJson.write(province).getBytes(StandardCharsets.UTF_8);
        RulebookCatalogue catalogue = RulebookCatalogue.builder().addAll(RulebookCatalogue.standard())
                .add(new ByteArrayInputStream(json)).build();
        assertThat(catalogue.getIds()).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026", "LC-2027");
        Rulebook read = catalogue.byId("LC-2027").orElseThrow();
        assertThat(read.getCompleteness()).isEqualTo(Completeness.PROVINCIAL);
        assertThat(read.getReplaces()).isEmpty();
        assertThat(catalogue.inForceOn(LocalDate.of(2027, 3, 1))).isEqualTo(read);
        assertThat(catalogue.inForceOn(LocalDate.of(2026, 12, 31)).getId()).isEqualTo("QD-26-2026");
    }

    @Test
    void aUserRulebookCannotClaimToBeOfficial() {
        for (Completeness claimed : new Completeness[] {Completeness.OFFICIAL, Completeness.TRANSCRIBED}) {
            Rulebook claims = Rulebook.builder().from(QD26).completeness(claimed).build();
            assertThatThrownBy(() -> RulebookCatalogue.builder().add(claims))
                    .isInstanceOf(RulebookException.class).hasMessageContaining("PROVINCIAL or CUSTOM")
                    .hasMessageContaining(claimed.name());
        }
        Rulebook elsewhere = Rulebook.builder().from(QD26).completeness(Completeness.CUSTOM).replaces("QD-148-2023").build();
        assertThatThrownBy(() -> RulebookCatalogue.builder().add(elsewhere)).isInstanceOf(RulebookException.class)
                .hasMessageContaining("keeps the id");
    }

    @Test
    void aReplacedShippedRulebookIsDetectable() {
        Rulebook corrected = Rulebook.builder().from(QD26).completeness(Completeness.PROVINCIAL)
                .provenance("a province's corrected copy of sheet 8").build();
        RulebookCatalogue catalogue = RulebookCatalogue.builder().addAll(RulebookCatalogue.standard()).add(corrected).build();
        Rulebook served = catalogue.byId(Rulebooks.QD_26_2026).orElseThrow();
        assertThat(served.getCompleteness()).isEqualTo(Completeness.PROVINCIAL);
        assertThat(served.getReplaces()).contains(Rulebooks.QD_26_2026);
        assertThat(catalogue.replaced(Rulebooks.QD_26_2026)).containsSame(QD26);
        assertThat(catalogue.inForceOn(LocalDate.of(2026, 9, 1))).isSameAs(served);
        // replacing twice still names the shipped rulebook
        Rulebook again = Rulebook.builder().from(corrected).provenance("second correction").build();
        RulebookCatalogue twice = RulebookCatalogue.builder().addAll(catalogue).add(again).build();
        assertThat(twice.replaced(Rulebooks.QD_26_2026)).containsSame(QD26);
        // the shipped catalogue is untouched
        assertThat(Rulebooks.byId(Rulebooks.QD_26_2026)).containsSame(QD26);
    }

    @Test
    void forEvaluationUsesTheNamedRulebookElseTheSubmissionDay() {
        RulebookCatalogue standard = RulebookCatalogue.standard();
        RulebookChoice named = standard.forEvaluation(evaluation(LocalDate.of(2026, 9, 1), null, "QD-26-2026"));
        assertThat(named.getReason()).isEqualTo(RulebookChoice.Reason.NAMED);
        assertThat(named.getRulebook()).isSameAs(QD26);
        assertThat(named.isSubmittedOutsideValidity()).isFalse();

        RulebookChoice byDay = standard.forEvaluation(evaluation(LocalDate.of(2026, 9, 1), null, null));
        assertThat(byDay.getReason()).isEqualTo(RulebookChoice.Reason.IN_FORCE_ON_SUBMISSION);
        assertThat(byDay.getRulebook()).isSameAs(QD26);
        assertThat(byDay.getExplanation().getEn().orElseThrow()).contains("QD-26-2026", "2026-09-01");

        // submitted 21 May 2026 under 148, decided 20 July (day 60): still 148; 21 July: 26/2026
        RulebookChoice within = standard.forEvaluation(evaluation(LocalDate.of(2026, 5, 21), LocalDate.of(2026, 7, 20), null));
        assertThat(within.getReason()).isEqualTo(RulebookChoice.Reason.TRANSITIONAL_WINDOW);
        assertThat(within.getRulebook().getId()).isEqualTo("QD-148-2023");
        RulebookChoice after = standard.forEvaluation(evaluation(LocalDate.of(2026, 5, 21), LocalDate.of(2026, 7, 21), null));
        assertThat(after.getReason()).isEqualTo(RulebookChoice.Reason.AFTER_TRANSITIONAL_WINDOW);
        assertThat(after.getRulebook()).isSameAs(QD26);

        // names 148 but was submitted after its last day: outside its validity, both named in the explanation
        RulebookChoice outside = standard.forEvaluation(evaluation(LocalDate.of(2026, 9, 1), null, "QD-148-2023"));
        assertThat(outside.isSubmittedOutsideValidity()).isTrue();
        assertThat(outside.getExplanation().getEn().orElseThrow()).contains("QD-148-2023", "2026-09-01", "2026-07-20");
        assertThat(outside.getExplanation().getVi()).contains("QD-148-2023");

        assertThatThrownBy(() -> standard.forEvaluation(evaluation(LocalDate.of(2026, 9, 1), null, "QD-9-2099")))
                .isInstanceOf(RulebookException.class).hasMessageContaining("QD-9-2099").hasMessageContaining("QD-26-2026");
    }

    private static Evaluation evaluation(LocalDate submitted, LocalDate decided, String rulebookId) {
        Producer producer = Producer.builder().id("hn-01").legalName("HTX Test").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("01").communeCode("00001").build()).build();
        Product product = Product.builder().id("p-1").name(LocalizedText.of("Sản phẩm"))
                .productSet(ProductSet.ofSheet(1)).producer(producer).build();
        Evaluation.Builder b = Evaluation.builder().product(product).submittedOn(submitted).type(EvaluationType.FIRST_TIME)
                .council(Council.builder().level(AuthorityLevel.PROVINCE).addMembers(CouncilMember.of("m1", "Member 1")).build())
                .addMemberScores(MemberScores.of("m1", Map.of()));
        if (decided != null) {
            b.evaluatedOn(decided);
        }
        if (rulebookId != null) {
            b.rulebookId(rulebookId);
        }
        return b.build();
    }
}
