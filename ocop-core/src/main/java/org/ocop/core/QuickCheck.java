package org.ocop.core;

import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A fast proof that a value has no violation, built from the constraints the validator itself declares for
 * each class ({@link Validator#getConstraintsForClass(Class)}), not from a copy of them.
 *
 * <p>{@link #provesValid(Object)} answers {@code true} only when every constraint of the default group, on
 * every property, container element and cascaded value, certainly holds. It answers {@code false} — "run the
 * full validation" — as soon as a constraint may fail, or when it meets anything it does not know: a
 * constraint kind outside the set below, a constraint outside the default group, a class-level or composed constraint, a nested
 * container, a value it cannot read. Every violation is therefore still found and reported by the validator
 * itself, with its own messages and paths; this class only spares the validator's traversal of valid values.
 *
 * <p>Known constraint kinds: {@code @NotNull}, {@code @Null}, {@code @NotBlank}, {@code @NotEmpty},
 * {@code @Size}, {@code @Pattern}, {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @AssertTrue}, {@code @AssertFalse} and {@link
 * Identifier}, each with the semantics the Bean Validation specification gives it (integral and {@code
 * BigDecimal} numbers only; other number types fall back).
 *
 * <p>Thread-safe; the per-class plans are built on first use.
 */
final class QuickCheck {

    /** How deep cascading may go before the full validation is left to decide (the model is shallow). */
    private static final int MAX_DEPTH = 64;

    private final Validator metadata;
    private final Map<Class<?>, Bean> beans = new ConcurrentHashMap<>();

    /** @param metadata the validator whose declared constraints are checked */
    QuickCheck(Validator metadata) {
        this.metadata = metadata;
    }

    /**
     * @param value a value to validate, not null
     * @return {@code true} only if the validator would certainly report no violation; {@code false} when it
     *         must run (there may be a violation, or the check does not know a constraint)
     */
    boolean provesValid(Object value) {
        try {
            return bean(value.getClass()).valid(value, 0);
        } catch (RuntimeException e) {
            return false; // the full validation reports (or throws) whatever this was
        }
    }

    private Bean bean(Class<?> type) {
        Bean b = beans.get(type);
        if (b == null) {
            b = plan(type, metadata.getConstraintsForClass(type));
            Bean raced = beans.putIfAbsent(type, b);
            if (raced != null) {
                b = raced;
            }
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------- the plans

    /** @return the checks of a class, from the constraints the validator declares for it */
    private Bean plan(Class<?> type, BeanDescriptor d) {
        if (!d.getConstraintDescriptors().isEmpty()) {
            return new Bean(null); // class-level constraints are not known here
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyDescriptor p : d.getConstrainedProperties()) {
            Method getter = OcopValidation.getter(type, p.getPropertyName());
            Test[] own = tests(p.getConstraintDescriptors());
            Element[] elements = elements(p.getConstrainedContainerElementTypes());
            if (getter == null || own == null || elements == null) {
                return new Bean(null);
            }
            boolean unwrap = true;
            for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                unwrap &= c.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP;
            }
            properties.add(new Property(accessor(getter), own, unwrap, p.isCascaded(), elements));
        }
        return new Bean(properties.toArray(new Property[0]));
    }

    /** A test of one constraint on one value; {@code false} means "may be violated". */
    @FunctionalInterface
    private interface Test {
        boolean holds(Object value);
    }

    /** The checks of one class; with no properties array, unknown (always falls back). */
    private static final class Bean {
        private final Property[] properties;

        Bean(Property[] properties) {
            this.properties = properties;
        }

        boolean valid(Object value, int depth) {
            return properties != null && depth < MAX_DEPTH && properties(value, depth);
        }

        private boolean properties(Object value, int depth) {
            for (Property p : properties) {
                if (!p.valid(value, depth)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A constrained or cascaded property. */
    private final class Property {
        private final Function<Object, Object> getter;
        private final Test[] own;
        private final boolean unwrap;
        private final boolean cascaded;
        private final Element[] elements;

        Property(Function<Object, Object> getter, Test[] own, boolean unwrap, boolean cascaded, Element[] elements) {
            this.getter = getter;
            this.own = own;
            this.unwrap = unwrap;
            this.cascaded = cascaded;
            this.elements = elements;
        }

        boolean valid(Object bean, int depth) {
            Object value = read(bean);
            if (own.length > 0) {
                Object checked = value;
                if (value instanceof OptionalInt || value instanceof OptionalLong || value instanceof OptionalDouble) {
                    return false;
                }
                if (value instanceof Optional<?> o) {
                    if (!unwrap) {
                        return false; // whether the provider applies them to the Optional or its value: it decides
                    }
                    checked = o.orElse(null); // explicitly unwrapped (Unwrapping.Unwrap)
                }
                if (!all(own, checked)) {
                    return false;
                }
            }
            for (Element e : elements) {
                if (!e.valid(value, depth)) {
                    return false;
                }
            }
            return !cascaded || value == null || cascade(value, depth);
        }

        private Object read(Object bean) {
            return getter.apply(bean);
        }

        /** {@code @Valid} on a property: into the value, or into a container's elements (map values). */
        private boolean cascade(Object value, int depth) {
            if (value instanceof Optional<?> o) {
                return o.isEmpty() || nested(o.get(), depth);
            }
            if (value instanceof Iterable<?> it) {
                for (Object e : it) {
                    if (e != null && !nested(e, depth)) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof Map<?, ?> m) {
                for (Object e : m.values()) {
                    if (e != null && !nested(e, depth)) {
                        return false;
                    }
                }
                return true;
            }
            return !value.getClass().isArray() && nested(value, depth);
        }
    }

    /** Which part of a container the constraints of an element type apply to. */
    private enum Part {
        OPTIONAL, ELEMENTS, KEYS, VALUES
    }

    /** The constraints (and cascading) of one container element type. */
    private final class Element {
        private final Part part;
        private final Test[] tests;
        private final boolean cascaded;

        Element(Part part, Test[] tests, boolean cascaded) {
            this.part = part;
            this.tests = tests;
            this.cascaded = cascaded;
        }

        boolean valid(Object container, int depth) {
            if (container == null) {
                return true;
            }
            switch (part) {
                case OPTIONAL:
                    return container instanceof Optional<?> o && one(o.orElse(null), depth);
                case ELEMENTS:
                    if (!(container instanceof Iterable<?> it)) {
                        return false;
                    }
                    for (Object e : it) {
                        if (!one(e, depth)) {
                            return false;
                        }
                    }
                    return true;
                case KEYS:
                case VALUES:
                    if (!(container instanceof Map<?, ?> m)) {
                        return false;
                    }
                    for (Object e : part == Part.KEYS ? m.keySet() : m.values()) {
                        if (!one(e, depth)) {
                            return false;
                        }
                    }
                    return true;
                default:
                    return false;
            }
        }

        private boolean one(Object e, int depth) {
            return all(tests, e) && (!cascaded || e == null || nested(e, depth));
        }
    }

    private boolean nested(Object value, int depth) {
        return bean(value.getClass()).valid(value, depth + 1);
    }

    private static boolean all(Test[] tests, Object value) {
        for (Test t : tests) {
            if (!t.holds(value)) {
                return false;
            }
        }
        return true;
    }

    /** @return the element plans, or null when one is not known */
    private Element[] elements(Set<ContainerElementTypeDescriptor> types) {
        List<Element> elements = new ArrayList<>();
        for (ContainerElementTypeDescriptor t : types) {
            Test[] tests = tests(t.getConstraintDescriptors());
            if (tests == null || !t.getConstrainedContainerElementTypes().isEmpty()) {
                return null;
            }
            Class<?> container = t.getContainerClass();
            Integer index = t.getTypeArgumentIndex();
            Part part;
            if (container == Optional.class && Integer.valueOf(0).equals(index)) {
                part = Part.OPTIONAL;
            } else if (Map.class.isAssignableFrom(container) && index != null && (index == 0 || index == 1)) {
                part = index == 0 ? Part.KEYS : Part.VALUES;
            } else if (Iterable.class.isAssignableFrom(container) && Integer.valueOf(0).equals(index)) {
                part = Part.ELEMENTS;
            } else {
                return null;
            }
            elements.add(new Element(part, tests, t.isCascaded()));
        }
        return elements.toArray(new Element[0]);
    }

    /**
     * @param getter a public getter
     * @return a function calling it: a lambda spun once (no reflective call, no argument array per call), or
     *         a reflective call where the getter's class is out of reach
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Method getter) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(getter);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(target.type().returnType().isPrimitive()
                            ? MethodType.methodType(target.type().returnType()).wrap().returnType()
                            : target.type().returnType(), getter.getDeclaringClass()))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            return bean -> {
                try {
                    return getter.invoke(bean);
                } catch (IllegalAccessException | InvocationTargetException failure) {
                    throw new IllegalStateException(failure); // provesValid falls back
                }
            };
        }
    }

    // ------------------------------------------------------------------------------------- the constraints

    /** @return the tests of the constraints, or null when one of them is not known */
    private static Test[] tests(Set<ConstraintDescriptor<?>> constraints) {
        Test[] tests = new Test[constraints.size()];
        int i = 0;
        for (ConstraintDescriptor<?> c : constraints) {
            // a constraint inherited from an interface is also in that interface's implicit group: only the
            // default group matters to Validator.validate(value)
            Test t = c.getGroups().contains(Default.class) && c.getComposingConstraints().isEmpty()
                    ? test(c.getAnnotation()) : null;
            if (t == null) {
                return null;
            }
            tests[i++] = t;
        }
        return tests;
    }

    /** @return the test of one constraint, or null when its kind is not known */
    private static Test test(Annotation a) {
        if (a instanceof Identifier) {
            return v -> v == null || v instanceof CharSequence s && Identifier.Check.accepts(s);
        }
        if (a instanceof NotNull) {
            return v -> v != null;
        }
        if (a instanceof Null) {
            return v -> v == null;
        }
        if (a instanceof NotBlank) {
            return v -> v instanceof CharSequence s && hasVisible(s);
        }
        if (a instanceof NotEmpty) {
            return v -> size(v) > 0;
        }
        if (a instanceof Size s) {
            int min = s.min();
            int max = s.max();
            return v -> {
                if (v == null) {
                    return true;
                }
                long n = size(v);
                return n >= min && n <= max;
            };
        }
        if (a instanceof Pattern p) {
            int flags = 0;
            for (Pattern.Flag f : p.flags()) {
                flags |= f.getValue();
            }
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags);
            return v -> v == null || v instanceof CharSequence s && regex.matcher(s).matches();
        }
        if (a instanceof Min m) {
            BigDecimal min = BigDecimal.valueOf(m.value());
            return v -> v == null || compare(v, min) >= 0;
        }
        if (a instanceof Max m) {
            BigDecimal max = BigDecimal.valueOf(m.value());
            return v -> v == null || compare(v, max) <= 0;
        }
        if (a instanceof DecimalMin m) {
            BigDecimal min = new BigDecimal(m.value());
            boolean inclusive = m.inclusive();
            return v -> v == null || (inclusive ? compare(v, min) >= 0 : compare(v, min) > 0);
        }
        if (a instanceof DecimalMax m) {
            BigDecimal max = new BigDecimal(m.value());
            boolean inclusive = m.inclusive();
            return v -> v == null || (inclusive ? compare(v, max) <= 0 : compare(v, max) < 0);
        }
        if (a instanceof Positive) {
            return v -> v == null || compare(v, BigDecimal.ZERO) > 0;
        }
        if (a instanceof PositiveOrZero) {
            return v -> v == null || compare(v, BigDecimal.ZERO) >= 0;
        }
        if (a instanceof AssertTrue) {
            return v -> v == null || Boolean.TRUE.equals(v);
        }
        if (a instanceof AssertFalse) {
            return v -> v == null || Boolean.FALSE.equals(v);
        }
        return null;
    }

    /** @return whether a text is not blank even by the narrowest reading (a character above U+0020 that is not white space) */
    private static boolean hasVisible(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return the size of a text or collection; -1 (fails every size test) for anything else */
    private static long size(Object v) {
        if (v instanceof CharSequence s) {
            return s.length();
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        return -1;
    }

    /**
     * @return the comparison of an integral or decimal number with a bound; a type not known here compares as
     *         failing both ways (so the full validation decides)
     */
    private static int compare(Object v, BigDecimal bound) {
        BigDecimal d;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            if (bound.signum() == 0) {
                return Long.signum(n);
            }
            d = BigDecimal.valueOf(n);
        } else if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else {
            throw new IllegalStateException("not a number known here"); // provesValid falls back
        }
        return d.compareTo(bound);
    }
}
