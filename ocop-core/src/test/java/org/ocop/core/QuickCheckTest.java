package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Product;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;

/**
 * The fast check agrees with the full Hibernate Validator run: it proves the valid samples valid, never
 * proves an invalid value valid (each kind of constraint the model uses, broken once), and falls back when
 * it meets a constraint it does not know. (ocop-json's {@code QuickCheckAgreementTest} runs the whole
 * bad-input corpus and the valid document corpus through both.)
 */
class QuickCheckTest {

    private static final Validator FULL = Validation.buildDefaultValidatorFactory().getValidator();
    private static final QuickCheck QUICK = new QuickCheck(FULL);

    private static void agree(Object value) {
        boolean valid = FULL.validate(value).isEmpty();
        boolean proven = QUICK.provesValid(value);
        if (valid) {
            assertThat(proven).as("proves valid: %s", value).isTrue();
        } else {
            assertThat(proven).as("never proves an invalid value valid: %s", value).isFalse();
        }
    }

    private static Evaluation.Builder copy() {
        return Evaluation.builder().from(Fixtures.evaluation());
    }

    @Test
    void theValidSamplesAreProvenValid() {
        for (Object valid : List.of(Fixtures.evaluation(), Fixtures.council(), Fixtures.product(), Fixtures.rulebook(),
                Fixtures.producer(), copy().type(EvaluationType.UPGRADE).currentRating(StarRating.THREE)
                        .addKnockouts(KnockoutFinding.of("1.1", "nhập khẩu")).build(),
                Fixtures.evaluationBuilder().addMemberScores(MemberScores.of("m1", Map.of("1.1", 0))).id("Hòa")
                        .build())) {
            assertThat(FULL.validate(valid)).isEmpty();
            assertThat(QUICK.provesValid(valid)).as("%s", valid).isTrue();
        }
    }

    @Test
    void everyKindOfConstraintBrokenIsNeverProvenValid() {
        Map<String, Integer> negative = new LinkedHashMap<>(Fixtures.fullChoices());
        negative.put("1.1", -1); // @PositiveOrZero on a map value
        Map<String, Integer> blankKey = new LinkedHashMap<>(Fixtures.fullChoices());
        blankKey.put(" ", 1); // @NotBlank on a map key
        Map<String, Integer> nfdKey = new LinkedHashMap<>(Fixtures.fullChoices());
        nfdKey.put("Ho\u0300a", 1); // @Identifier (NFD) on a map key
        List<Object> invalid = List.of(
                Fixtures.evaluationBuilder().build(), // @Size(min = 1)
                copy().addMemberScores(MemberScores.of("m9", Fixtures.fullChoices())).build(), // @Null rule
                copy().addMemberScores(MemberScores.of("m1", Fixtures.fullChoices())).build(), // repeated scorer
                copy().evaluatedOn(LocalDate.of(2026, 7, 31)).build(), // @AssertTrue
                copy().currentRating(StarRating.THREE).build(), // @AssertTrue
                copy().id(" ").build(), // @Pattern in an Optional
                copy().id("E\u200B1").build(), // @Identifier in an Optional
                copy().rulebookId("Ho\u0300a").build(), // NFD
                copy().memberScores(List.of(MemberScores.of("m1", negative))).build(),
                copy().memberScores(List.of(MemberScores.of("m1", blankKey))).build(),
                copy().memberScores(List.of(MemberScores.of("m1", nfdKey))).build(),
                copy().memberScores(List.of(MemberScores.of(" ", Fixtures.fullChoices()))).build(), // @NotBlank
                copy().addKnockouts(KnockoutFinding.sheet(" ")).build(), // cascaded list element
                copy().council(Council.builder().from(Fixtures.council()).addPresent("m9").build()).build(),
                copy().council(Council.builder().from(Fixtures.council())
                        .addMembers(CouncilMember.of("m1", "Again")).build()).build(),
                copy().product(Product.builder().from(Fixtures.product()).localRawMaterialPercent(new BigDecimal("100.5"))
                        .build()).build(), // @DecimalMax, cascaded
                Workforce.builder().total(-1).build(),
                Certificate.builder().productId("SP-1").rating(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
                        .issuingAuthority(" ").decisionNumber("1/QĐ").issuedOn(LocalDate.of(2026, 9, 1))
                        .validUntil(LocalDate.of(2026, 8, 31)).rulebookId("QD-26-2026").build());
        for (Object value : invalid) {
            agree(value);
        }
    }

    /** A constraint the check does not know (its validator is the host's). */
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Always.class)
    @interface Custom {
        String message() default "custom";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Accepts everything: a value the check cannot prove valid is still valid. */
    public static final class Always implements ConstraintValidator<Custom, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return true;
        }
    }

    /** A group other than the default one. */
    interface Other {}

    /** Beans with constraints the check does not know. */
    public static final class WithEmail {
        public @Email String getMail() {
            return "a@b.vn";
        }
    }

    /** A custom constraint on a property. */
    public static final class WithCustom {
        public @Custom String getText() {
            return "x";
        }
    }

    /** A class-level constraint. */
    @Custom
    public static final class ClassLevel {
        public @NotBlank String getText() {
            return "x";
        }
    }

    /** A constraint of another group. */
    public static final class OtherGroup {
        public @NotBlank(groups = Other.class) String getText() {
            return "x";
        }
    }

    /** A constraint on an Optional property itself (the provider decides whether it applies to the value). */
    public static final class OnOptional {
        public @NotNull java.util.Optional<String> getMaybe() {
            return java.util.Optional.empty();
        }
    }

    /** An unknown constraint reached by cascading. */
    public static final class Holder {
        public @Valid WithEmail getInner() {
            return new WithEmail();
        }
    }

    @Test
    void anUnknownConstraintFallsBackToTheFullValidation() {
        for (Object value : List.of(new WithEmail(), new WithCustom(), new ClassLevel(), new OtherGroup(), new Holder(),
                new OnOptional())) {
            assertThat(FULL.validate(value)).as("%s is valid", value).isEmpty();
            assertThat(QUICK.provesValid(value)).as("%s falls back", value.getClass().getSimpleName()).isFalse();
        }
    }

    @Test
    void theLibraryValidatorsReportTheFullValidationsViolations() {
        Evaluation e = copy().evaluatedOn(LocalDate.of(2026, 7, 31)).id(" ").build();
        assertThat(OcopValidation.forLocale(java.util.Locale.ENGLISH).violations(e)).extracting(Violation::getPath)
                .containsExactly("/evaluatedOn", "/id");
        assertThat(OcopValidation.standard().violations(Fixtures.evaluation())).isEmpty();
    }

    @Test
    void noneValidatesNothing() {
        assertThat(OcopValidation.none().violations(Fixtures.evaluationBuilder().build())).isEmpty();
        assertThat(OcopValidation.none().getLocale()).isEmpty();
    }
}
