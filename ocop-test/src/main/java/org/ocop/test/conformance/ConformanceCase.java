package org.ocop.test.conformance;

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
 * rulebook, the policy to score with, and what the rules give (with the arithmetic in {@link #why()}).
 *
 * @param name the case's name (its file name without {@code .json})
 * @param why the arithmetic, done from the printed sheet
 * @param rulebookId the rulebook to score under, e.g. {@code QD-26-2026}
 * @param sheetNumber the criteria sheet, 1 to 26 (it is the product set's number)
 * @param councilLevel the level of the evaluating council
 * @param evaluationType first time, upgrade or re-evaluation
 * @param submittedOn the dossier's submission day
 * @param evaluatedOn the council's decision day, when the case gives one
 * @param policyOptions the decisions that differ from the standard policy, by option name ({@code gates},
 *     {@code knockouts}, {@code maxSpread})
 * @param members each member's choices (criterion code to 0-based option index), in council order
 * @param knockouts the council's knock-out findings
 * @param expectation what the rules give
 */
public record ConformanceCase(String name, String why, String rulebookId, int sheetNumber, AuthorityLevel councilLevel,
        EvaluationType evaluationType, LocalDate submittedOn, Optional<LocalDate> evaluatedOn,
        Map<String, String> policyOptions, List<MemberScores> members, List<KnockoutFinding> knockouts,
        Expectation expectation) {

    /** The submission day of a case that gives none. */
    public static final LocalDate DEFAULT_SUBMITTED_ON = LocalDate.of(2026, 9, 1);

    /**
     * Checks and copies the values.
     *
     * @param name the name
     * @param why the arithmetic
     * @param rulebookId the rulebook
     * @param sheetNumber the sheet
     * @param councilLevel the council's level
     * @param evaluationType the evaluation's type
     * @param submittedOn the submission day
     * @param evaluatedOn the decision day
     * @param policyOptions the policy options
     * @param members the members' choices
     * @param knockouts the knock-out findings
     * @param expectation the expectation
     */
    public ConformanceCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(rulebookId, "rulebookId");
        Objects.requireNonNull(councilLevel, "councilLevel");
        Objects.requireNonNull(evaluationType, "evaluationType");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(expectation, "expectation");
        policyOptions = Map.copyOf(policyOptions);
        members = List.copyOf(members);
        knockouts = List.copyOf(knockouts);
    }

    /** @return the policy to score with: the standard one with the case's options applied */
    public ScoringPolicy policy() {
        return CaseReader.policy(policyOptions);
    }

    /**
     * @return the evaluation the case describes: one product of the sheet's product set made by a cooperative,
     *     a council of the case's members at its level, their choices and the knock-out findings, naming the
     *     case's rulebook
     */
    public Evaluation evaluation() {
        Producer producer = Producer.builder().id("hn-01").legalName("HTX Test").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("01").communeCode("00001").build()).build();
        Product product = Product.builder().id("p-1").name(LocalizedText.of("Sản phẩm (conformance case " + name + ")"))
                .productSet(ProductSet.ofSheet(sheetNumber)).producer(producer).build();
        Council.Builder council = Council.builder().level(councilLevel);
        for (MemberScores m : members) {
            council.addMembers(CouncilMember.of(m.getMemberId(), "Thành viên " + m.getMemberId()));
        }
        return Evaluation.builder().id(name).product(product).rulebookId(rulebookId).type(evaluationType)
                .submittedOn(submittedOn).evaluatedOn(evaluatedOn).council(council.build()).memberScores(members)
                .knockouts(knockouts).build();
    }

    /** @return the case's name */
    @Override
    public String toString() {
        return name;
    }
}
