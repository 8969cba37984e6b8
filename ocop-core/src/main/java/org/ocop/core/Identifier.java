package org.ocop.core;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Bean Validation constraint of every identifier in the model (member ids, product, producer and evaluation ids,
 * rulebook ids, criterion codes, decision numbers): two identifiers that print the same are the same identifier.
 *
 * <p>The rule (⚖ reject rather than normalise, so that the library never changes an id it was given): an
 * identifier
 * <ul>
 *   <li>is in Unicode Normalization Form C (NFC) — {@code Hòa} typed with a combining grave accent (NFD) is
 *       refused, with a message saying to normalise it;
 *   <li>contains no control characters, no format characters (zero-width space and joiners, bidi embeddings,
 *       overrides and isolates, the byte-order mark, soft hyphen), no other default-ignorable characters
 *       (variation selectors, Hangul fillers), no line or paragraph separators, no unassigned, private-use or
 *       lone surrogate code points;
 *   <li>has no space other than U+0020, and none at its start or end.
 * </ul>
 * Blank values are left to {@code @NotBlank}; names and free texts are not identifiers and may hold any
 * printable text. {@link Check#problem(String)} is the one implementation of the rule.
 */
@Documented
@Constraint(validatedBy = Identifier.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    /** @return the message template when no finer message applies */
    String message() default "{org.ocop.Identifier.invisible}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator of {@link Identifier}, and the rule itself for callers outside Bean Validation. */
    final class Check implements ConstraintValidator<Identifier, CharSequence> {

        /** What is wrong with an identifier. */
        public enum Problem {
            /** Not in Unicode Normalization Form C. */
            NOT_NFC("{org.ocop.Identifier.nfc}"),
            /** Holds a control, format or other invisible character. */
            INVISIBLE("{org.ocop.Identifier.invisible}"),
            /** Holds a space other than U+0020, or a space at its start or end. */
            SPACE("{org.ocop.Identifier.space}");

            private final String template;

            Problem(String template) {
                this.template = template;
            }
        }

        /** The lowest code point whose NFC quick-check property is not "yes" (U+0300, combining grave accent). */
        private static final int FIRST_NOT_NFC_QUICK = 0x0300;

        /** Creates the validator (Bean Validation providers instantiate it). */
        public Check() {}

        /**
         * @param id an identifier, not blank
         * @return what is wrong with it, or empty when it is an acceptable identifier
         */
        public static Optional<Problem> problem(String id) {
            if (id == null) {
                throw new IllegalArgumentException("Pass an identifier to check");
            }
            boolean belowCombining = true;
            for (int i = 0; i < id.length(); ) {
                int cp = id.codePointAt(i);
                if (cp > ' ' && cp < 0x7F) {
                    i++;
                    continue; // printable ASCII: visible, not a space
                }
                belowCombining &= cp < FIRST_NOT_NFC_QUICK;
                if (invisible(cp)) {
                    return Optional.of(Problem.INVISIBLE);
                }
                if (Character.getType(cp) == Character.SPACE_SEPARATOR
                        && (cp != ' ' || i == 0 || i + 1 == id.length())) {
                    return Optional.of(Problem.SPACE);
                }
                i += Character.charCount(cp);
            }
            // a text of characters below U+0300 is in NFC: every character that may change under NFC is at or above it
            return belowCombining || Normalizer.isNormalized(id, Normalizer.Form.NFC) ? Optional.empty()
                    : Optional.of(Problem.NOT_NFC);
        }

        /**
         * The verdict of this constraint on a value, as {@link #isValid} gives it: null and blank values are
         * accepted (left to {@code @NotBlank}), others when {@link #problem(String)} finds nothing.
         *
         * @param value a value, may be null
         * @return whether the constraint holds
         */
        static boolean accepts(CharSequence value) {
            if (value == null) {
                return true;
            }
            String id = value.toString();
            return id.isBlank() || problem(id).isEmpty();
        }

        /**
         * @param cp a code point
         * @return whether it prints as nothing (or is not a character at all)
         */
        static boolean invisible(int cp) {
            switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE -> {
                    return true;
                }
                default -> {
                    // default-ignorable code points that are not format characters (Unicode DerivedCoreProperties)
                    return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                            || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                            || cp == 0xFFA0 || (cp >= 0xE0100 && cp <= 0xE01EF);
                }
            }
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (accepts(value)) {
                return true;
            }
            Optional<Problem> problem = problem(value.toString());
            problem.ifPresent(p -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(p.template).addConstraintViolation();
            });
            return false;
        }
    }
}
