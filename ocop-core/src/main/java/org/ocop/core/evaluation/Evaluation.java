package org.ocop.core.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.ReportedAt;
import org.ocop.core.StarRating;
import org.ocop.core.product.Product;

/**
 * One evaluation of a product by a council (<i>đánh giá, phân hạng sản phẩm OCOP</i>): who scored what on
 * the sheet of the product's set, and the knock-outs the council found.
 *
 * <p>The rulebook is chosen by the submission date (see {@code Rulebooks} in ocop-scoring) unless {@link
 * #getRulebookId()} names one.
 */
@Value.Immutable
public interface Evaluation {

    /** @return the evaluation's identifier, if any */
    Optional<@Identifier @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getId();

    /** @return the product evaluated */
    @Valid
    Product getProduct();

    /** @return first time, upgrade or re-evaluation */
    @Value.Default
    default EvaluationType getType() {
        return EvaluationType.FIRST_TIME;
    }

    /** @return the dossier's submission date, which selects the rulebook */
    LocalDate getSubmittedOn();

    /** @return the day the council scored, if recorded */
    Optional<LocalDate> getEvaluatedOn();

    /** @return the rulebook to use, when not the one in force on the submission date */
    Optional<@Identifier @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getRulebookId();

    /** @return the product's current rank, for upgrades and re-evaluations */
    Optional<StarRating> getCurrentRating();

    /** @return the council */
    @Valid
    Council getCouncil();

    /** @return each member's filled sheet, at least one */
    @Size(min = 1, message = "{org.ocop.Evaluation.memberScores}")
    List<@Valid MemberScores> getMemberScores();

    /** @return a sheet the council agreed together, used for star gates under the consensus policy */
    Optional<@Valid MemberScores> getConsensus();

    /** @return knock-outs the council found */
    List<@Valid KnockoutFinding> getKnockouts();

    /** @return the sheet number of the product's set */
    default int getSheetNumber() {
        return getProduct().getProductSet().sheetNumber();
    }

    /**
     * Bean Validation rule: every sheet is filled by a council member.
     *
     * @return the first member id of a sheet that is not on the council; empty otherwise
     */
    @ReportedAt("memberScores")
    default Optional<@Null(message = "{org.ocop.Evaluation.membersOnCouncil}") String> getScorerNotOnCouncil() {
        Council council = getCouncil();
        for (MemberScores scores : getMemberScores()) {
            if (!council.hasMember(scores.getMemberId())) {
                return Optional.of(scores.getMemberId());
            }
        }
        return Optional.empty();
    }

    /**
     * Bean Validation rule: no member fills two sheets.
     *
     * @return the first member id that fills more than one sheet; empty otherwise
     */
    @ReportedAt("memberScores")
    default Optional<@Null(message = "{org.ocop.Evaluation.membersOnCouncil}") String> getRepeatedScorer() {
        return Repeats.first(getMemberScores(), MemberScores::getMemberId);
    }

    /** @return whether the evaluation date, if any, is not before the submission (Bean Validation rule) */
    @ReportedAt("evaluatedOn")
    @AssertTrue(message = "{org.ocop.Evaluation.datesInOrder}")
    default boolean isDatesInOrder() {
        Optional<LocalDate> evaluatedOn = getEvaluatedOn();
        return evaluatedOn.isEmpty() || !evaluatedOn.get().isBefore(getSubmittedOn());
    }

    /** @return whether a current rank is given exactly for upgrades and re-evaluations (Bean Validation rule) */
    @ReportedAt("currentRating")
    @AssertTrue(message = "{org.ocop.Evaluation.currentRating}")
    default boolean isCurrentRatingConsistent() {
        return getType() == EvaluationType.FIRST_TIME ? getCurrentRating().isEmpty() : getCurrentRating().isPresent();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Evaluation}. */
    final class Builder extends ImmutableEvaluation.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
