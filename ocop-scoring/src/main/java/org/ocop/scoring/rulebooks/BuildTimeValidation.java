package org.ocop.scoring.rulebooks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import org.ocop.core.OcopValidation;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopReader;

/**
 * The validation of the shipped rulebook files at run time: none. They are written by {@code rulebook-tools}'
 * converter and validated at build time (Bean Validation included, by {@code ShippedRulebooksTest}, which also
 * fails when a file differs from what the converter produces from {@code data/}); reading them binds strictly and
 * runs the domain model's own checks, but needs no validation provider and pays no validation bootstrap.
 */
final class BuildTimeValidation implements Validator {

    /** Reads the shipped files: ocop-json's streaming reader, strict binding, no Bean Validation. */
    static final OcopReader READER = OcopJson.reader(OcopValidation.using(new BuildTimeValidation()));

    private BuildTimeValidation() {}

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
            Class<?>... groups) {
        return Set.of();
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        throw new UnsupportedOperationException("The shipped rulebooks are validated at build time");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new jakarta.validation.ValidationException("BuildTimeValidation unwraps to nothing");
    }

    @Override
    public ExecutableValidator forExecutables() {
        throw new UnsupportedOperationException("The shipped rulebooks are validated at build time");
    }
}
