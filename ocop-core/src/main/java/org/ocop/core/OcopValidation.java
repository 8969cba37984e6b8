package org.ocop.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point that validates any ocop-core value with Jakarta Bean Validation and reports every
 * violation at once.
 *
 * <p>ocop-core depends only on the validation API; a provider (Hibernate Validator with an Expression
 * Language implementation such as Expressly) must be on the class or module path at run time. Messages
 * come from {@code ValidationMessages.properties} (English) and {@code ValidationMessages_vi.properties}
 * (Vietnamese) and follow the default locale of the validator factory.
 *
 * <pre>{@code
 * OcopValidation.standard().validate(evaluation);   // throws OcopValidationException listing all problems
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OcopValidation {

    private static final class Holder {
        private static final OcopValidation STANDARD = createStandard();

        private static OcopValidation createStandard() {
            ValidatorFactory factory;
            try {
                factory = Validation.buildDefaultValidatorFactory();
            } catch (RuntimeException e) {
                throw new IllegalStateException("No Jakarta Bean Validation provider found: add hibernate-validator "
                        + "and org.glassfish.expressly:expressly to the run-time path", e);
            }
            return new OcopValidation(factory.getValidator());
        }
    }

    private final Validator validator;

    private OcopValidation(Validator validator) {
        this.validator = validator;
    }

    /**
     * @return the shared instance over the default provider, created on first use
     * @throws IllegalStateException if no Bean Validation provider is available
     */
    public static OcopValidation standard() {
        return Holder.STANDARD;
    }

    /**
     * @param validator a validator configured by the caller (locale, message interpolator, …)
     * @return an instance using it
     */
    public static OcopValidation using(Validator validator) {
        return new OcopValidation(Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Lists every violation of a value, sorted by path.
     *
     * @param value any ocop-core value
     * @return the violations, empty when valid
     * @throws IllegalArgumentException if {@code value} is null
     */
    public List<Violation> violations(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot validate null: pass an ocop-core value");
        }
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        return found.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage(), render(v.getInvalidValue())))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    /**
     * Validates a value and returns it when valid.
     *
     * @param value any ocop-core value
     * @param <T> the value's type
     * @return {@code value}
     * @throws OcopValidationException listing every violation when the value is invalid
     */
    public <T> T validate(T value) {
        List<Violation> violations = violations(value);
        if (!violations.isEmpty()) {
            throw new OcopValidationException(violations);
        }
        return value;
    }

    private static String render(Object invalid) {
        if (invalid == null) {
            return "";
        }
        String text = String.valueOf(invalid);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
