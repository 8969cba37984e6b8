package org.ocop.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.core.Fixtures.council;
import static org.ocop.core.Fixtures.evaluation;
import static org.ocop.core.Fixtures.evaluationBuilder;
import static org.ocop.core.Fixtures.fullChoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.Fixtures;
import org.ocop.core.OcopValidation;
import org.ocop.core.StarRating;
import org.ocop.core.Violation;

/** Bean Validation constraints of councils and evaluations, one test per constraint (English messages). */
class EvaluationValidationTest {

    private static final String BLANK = "must not be blank";

    private static List<Violation> violations(Object value) {
        return OcopValidation.standard().violations(value);
    }

    private static Evaluation.Builder copy() {
        return Evaluation.builder().from(evaluation());
    }

    private static Council.Builder councilCopy() {
        return Council.builder().from(council());
    }

    @Test
    void theSampleEvaluationIsValid() {
        assertThat(violations(evaluation())).isEmpty();
        assertThat(violations(council())).isEmpty();
    }

    @Test
    void aCouncilHasAtLeastOneMember() {
        Council empty = Council.builder().level(AuthorityLevel.COMMUNE).build();
        assertThat(violations(empty)).containsExactly(
                Violation.of("/members", "a council needs at least one member", ""));
    }

    @Test
    void councilMemberIdsAreUnique() {
        Council twice = councilCopy().addMembers(CouncilMember.of("m2", "Phạm Thị D")).build();
        assertThat(violations(twice)).containsExactly(
                Violation.of("/members", "council member ids must be unique", "m2"));
    }

    @Test
    void theChairIsACouncilMember() {
        assertThat(violations(councilCopy().chairId("m9").build())).containsExactly(Violation.of("/chairId", "the chair and the members present must be council members", "m9"));
    }

    @Test
    void theMembersPresentAreCouncilMembers() {
        assertThat(violations(councilCopy().addPresent("m1", "m9").build())).containsExactly(Violation.of("/present", "the chair and the members present must be council members", "m9"));
        assertThat(violations(councilCopy().addPresent("m1", "m3").build())).isEmpty();
    }

    @Test
    void councilMembersHaveIdNameAndNonBlankRole() {
        Council c = Council.builder().level(AuthorityLevel.PROVINCE)
                .addMembers(CouncilMember.builder().id(" ").name("").role(" ").build()).build();
        assertThat(violations(c)).containsExactly(Violation.of("/members/0/id", BLANK, " "),
                Violation.of("/members/0/name", BLANK, ""), Violation.of("/members/0/role", BLANK, " "));
        assertThat(violations(CouncilMember.builder().id("m1").name("A").role("Sở Nông nghiệp").build())).isEmpty();
    }

    @Test
    void anEvaluationNeedsMemberScores() {
        Evaluation none = evaluationBuilder().build();
        assertThat(violations(none)).containsExactly(
                Violation.of("/memberScores", "an evaluation needs at least one member's scores", ""));
    }

    @Test
    void scoresComeFromCouncilMembers() {
        Evaluation e = copy().addMemberScores(MemberScores.of("m9", fullChoices())).build();
        assertThat(violations(e)).containsExactly(Violation.of("/memberScores",
                "each sheet must be filled by a distinct member of the council", "m9"));
    }

    @Test
    void eachMemberScoresOnce() {
        Evaluation e = copy().addMemberScores(MemberScores.of("m1", fullChoices())).build();
        assertThat(violations(e)).containsExactly(Violation.of("/memberScores",
                "each sheet must be filled by a distinct member of the council", "m1"));
    }

    @Test
    void theEvaluationDateIsNotBeforeTheSubmission() {
        Evaluation e = copy().evaluatedOn(LocalDate.of(2026, 7, 31)).build();
        assertThat(violations(e)).containsExactly(Violation.of("/evaluatedOn",
                "the evaluation date cannot be before the submission date", "2026-07-31"));
        // the same day is fine, and so is an unrecorded date
        assertThat(violations(copy().evaluatedOn(LocalDate.of(2026, 8, 1)).build())).isEmpty();
        assertThat(violations(Evaluation.builder().from(evaluation()).evaluatedOn(java.util.Optional.empty()).build()))
                .isEmpty();
    }

    @Test
    void aFirstEvaluationHasNoCurrentRank() {
        Evaluation e = copy().currentRating(StarRating.THREE).build();
        assertThat(violations(e)).containsExactly(Violation.of("/currentRating",
                "a current rank is given for upgrades and re-evaluations, and only for them", "THREE"));
    }

    @Test
    void upgradesAndReEvaluationsNeedTheCurrentRank() {
        for (EvaluationType type : List.of(EvaluationType.UPGRADE, EvaluationType.RE_EVALUATION)) {
            assertThat(violations(copy().type(type).build())).containsExactly(Violation.of("/currentRating",
                    "a current rank is given for upgrades and re-evaluations, and only for them", ""));
            assertThat(violations(copy().type(type).currentRating(StarRating.THREE).build())).isEmpty();
        }
    }

    @Test
    void presentIdsAreNotBlank() {
        Evaluation e = copy().id(" ").rulebookId("").build();
        assertThat(violations(e)).containsExactly(Violation.of("/id", BLANK, " "), Violation.of("/rulebookId", BLANK, ""));
    }

    @Test
    void memberScoresAreValidated() {
        Evaluation e = evaluationBuilder().addMemberScores(MemberScores.of("m1", Map.of("1.1", -1, " ", 0))).build();
        assertThat(violations(e)).containsExactly(
                Violation.of("/memberScores/0/choices/ ", BLANK, " "),
                Violation.of("/memberScores/0/choices/1.1", "must be greater than or equal to 0", "-1"));
        assertThat(violations(MemberScores.of("", Map.of()))).containsExactly(Violation.of("/memberId", BLANK, ""));
    }

    @Test
    void theConsensusSheetIsValidated() {
        Evaluation e = copy().consensus(MemberScores.of("m1", Map.of("1.1", -2))).build();
        assertThat(violations(e)).containsExactly(
                Violation.of("/consensus/choices/1.1", "must be greater than or equal to 0", "-2"));
    }

    @Test
    void knockoutFindingsAreValidated() {
        Evaluation e = copy().addKnockouts(KnockoutFinding.of(" ", "lý do"), KnockoutFinding.sheet("")).build();
        assertThat(violations(e)).containsExactly(Violation.of("/knockouts/0/code", BLANK, " "),
                Violation.of("/knockouts/1/reason", BLANK, ""));
    }

    @Test
    void anEvaluationCascadesIntoCouncilAndProduct() {
        org.ocop.core.product.Product product = org.ocop.core.product.Product.builder().from(Fixtures.product())
                .producer(org.ocop.core.product.Producer.builder().from(Fixtures.producer()).members(0).build()).build();
        Evaluation e = copy().council(councilCopy().chairId("m9").build()).product(product).build();
        assertThat(violations(e)).extracting(Violation::getPath)
                .containsExactly("/council/chairId", "/product/producer/members");
    }
}
