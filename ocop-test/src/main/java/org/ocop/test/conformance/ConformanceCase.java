package org.ocop.test.conformance;

import org.immutables.value.Value;
import org.ocop.core.OcopStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.policy.ScoringPolicy;

/**
 * One conformance case, as {@link CaseReader} reads it: a council's filled sheets for one product under one
 * rulebook, the policy to score with, and what the rules give (with the arithmetic in {@link #getWhy()}).
 */
@OcopStyle
@Value.Immutable
public abstract class ConformanceCase {


    /** The submission day of a case that gives none. */
    public static final LocalDate DEFAULT_SUBMITTED_ON = LocalDate.of(2026, 9, 1);

    ConformanceCase() {}

    /**
     * @param name the case's name (its file name without {@code .json})
     * @param why the arithmetic, done from the printed sheet
     * @param rulebookId the rulebook to score under, e.g. {@code QD-26-2026}
     * @param sheetNumber the criteria sheet, 1 to 26 (it is the product set's number)
     * @param councilLevel the level of the evaluating council
     * @param evaluationType first time, upgrade or re-evaluation
     * @param submittedOn the dossier's submission day
     * @param evaluatedOn the council's decision day, when the case gives one
     * @param policyOptions the decisions that differ from the standard policy, by option name ({@code gates}, {@code knockouts}, {@code maxSpread})
     * @param members each member's choices (criterion code to 0-based option index), in council order
     * @param knockouts the council's knock-out findings
     * @param expectation what the rules give
     * @return the value
     */
    public static ConformanceCase of(String name, String why, String rulebookId, int sheetNumber,
            AuthorityLevel councilLevel, EvaluationType evaluationType, LocalDate submittedOn,
            Optional<LocalDate> evaluatedOn, Map<String, String> policyOptions, List<MemberScores> members,
            List<KnockoutFinding> knockouts, Expectation expectation) {
        return ImmutableConformanceCase.of(name, why, rulebookId, sheetNumber, councilLevel, evaluationType,
                submittedOn, evaluatedOn, policyOptions, members, knockouts, expectation);
    }

    /** @return the case's name (its file name without {@code .json}) */
    @Value.Parameter
    public abstract String getName();

    /** @return the arithmetic, done from the printed sheet */
    @Value.Parameter
    public abstract String getWhy();

    /** @return the rulebook to score under, e.g. {@code QD-26-2026} */
    @Value.Parameter
    public abstract String getRulebookId();

    /** @return the criteria sheet, 1 to 26 (it is the product set's number) */
    @Value.Parameter
    public abstract int getSheetNumber();

    /** @return the level of the evaluating council */
    @Value.Parameter
    public abstract AuthorityLevel getCouncilLevel();

    /** @return first time, upgrade or re-evaluation */
    @Value.Parameter
    public abstract EvaluationType getEvaluationType();

    /** @return the dossier's submission day */
    @Value.Parameter
    public abstract LocalDate getSubmittedOn();

    /** @return the council's decision day, when the case gives one */
    @Value.Parameter
    public abstract Optional<LocalDate> getEvaluatedOn();

    /** @return the decisions that differ from the standard policy, by option name ({@code gates}, {@code knockouts}, {@code maxSpread}) */
    @Value.Parameter
    public abstract Map<String, String> getPolicyOptions();

    /** @return each member's choices (criterion code to 0-based option index), in council order */
    @Value.Parameter
    public abstract List<MemberScores> getMembers();

    /** @return the council's knock-out findings */
    @Value.Parameter
    public abstract List<KnockoutFinding> getKnockouts();

    /** @return what the rules give */
    @Value.Parameter
    public abstract Expectation getExpectation();

    /** @return the policy to score with: the standard one with the case's options applied */
    public ScoringPolicy getPolicy() {
        return CaseReader.policy(getPolicyOptions());
    }

    /**
     * @return the evaluation the case describes: one product of the sheet's product set made by a cooperative,
     *     a council of the case's members at its level, their choices and the knock-out findings, naming the
     *     case's rulebook
     */
    public Evaluation toEvaluation() {
        Producer producer = Producer.builder().id("hn-01").legalName("HTX Test").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("01").communeCode("00001").build()).build();
        Product product = Product.builder().id("p-1").name(LocalizedText.of("Sản phẩm (conformance case " + getName() + ")"))
                .productSet(ProductSet.ofSheet(getSheetNumber())).producer(producer).build();
        Council.Builder council = Council.builder().level(getCouncilLevel());
        for (MemberScores m : getMembers()) {
            council.addMembers(CouncilMember.of(m.getMemberId(), "Thành viên " + m.getMemberId()));
        }
        return Evaluation.builder().id(getName()).product(product).rulebookId(getRulebookId()).type(getEvaluationType())
                .submittedOn(getSubmittedOn()).evaluatedOn(getEvaluatedOn()).council(council.build()).memberScores(getMembers())
                .knockouts(getKnockouts()).build();
    }

    /** @return the case's name */
    @Override
    public String toString() {
        return getName();
    }
}
