package org.ocop.core;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;

/**
 * The one entry point that validates any ocop-core value with Jakarta Bean Validation and reports every
 * violation at once, each at a JSON Pointer (RFC 6901) from the validated value, e.g.
 * {@code /memberScores/6/choices/1.1}.
 *
 * <pre>{@code
 * OcopValidation.standard().validate(evaluation);                        // messages in the JVM's locale
 * OcopValidation.forLocale(Locale.forLanguageTag("vi")).validate(value); // Vietnamese messages
 * OcopValidation.using(springValidator).validate(value);                 // the host's own validator
 * }</pre>
 *
 * <p><b>Provider.</b> ocop-core depends only on the validation API. {@link #standard()} and {@link
 * #forLocale(Locale)} need a provider on the class or module path at run time: {@code
 * org.hibernate.validator:hibernate-validator} with {@code org.glassfish.expressly:expressly} (on the module path
 * also {@code --add-modules jakarta.el}). Without one they throw {@link ValidationUnavailableException}, on the
 * first and on every later call; the provider is looked up lazily, once, and nothing else in the library needs
 * it (scoring with the shipped rulebooks does not validate). The library's validator ignores any {@code
 * META-INF/validation.xml} of the host.
 *
 * <p><b>Messages.</b> The library's validators render every message it uses in English and Vietnamese,
 * whatever the provider ships: OCOP's own rules come from {@code ContributorValidationMessages.properties} (and
 * {@code _vi}), the bundle that Hibernate Validator merges across jars, so a host's own {@code
 * ValidationMessages.properties} and a host validator passed to {@link #using(Validator)} resolve both sets; the
 * standard constraints ({@code @NotBlank}, {@code @PositiveOrZero}, …) used by the model are translated in a
 * bundle private to this package. The locale is the one given to {@link #forLocale(Locale)}, or the JVM default
 * locale at the time of the call for {@link #standard()}.
 *
 * <p><b>Cost.</b> The library's own validators ({@link #standard()}, {@link #forLocale(Locale)}) first try to
 * prove a value valid with a fast check derived from the provider's own constraint metadata; only when it may
 * have a violation (or uses a constraint the check does not know) does the provider's full validation run, so
 * every violation, message and path is the provider's. A caller's validator ({@link #using(Validator)}) always
 * runs in full. {@link #none()} validates nothing (values validated when built, such as the shipped
 * rulebooks).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OcopValidation {

    /** The default provider, or why there is none; looked up on first use and never again. */
    private static final class Provider {
        // every failure is caught and kept: this initialiser cannot throw
        private static final Object FACTORY_OR_FAILURE = lookUp();

        private static Object lookUp() {
            try {
                Configuration<?> configuration = Validation.byDefaultProvider().configure().ignoreXmlConfiguration();
                MessageInterpolator defaults = configuration.getDefaultMessageInterpolator();
                ValidatorFactory factory = configuration.messageInterpolator(new Messages(defaults, null))
                        .buildValidatorFactory();
                Validator validator = factory.getValidator();
                QuickCheck quick = new QuickCheck(validator);
                return new Factory(factory, defaults, quick, new OcopValidation(validator, null, quick));
            } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
                return e;
            }
        }

        private static Factory factory() {
            if (FACTORY_OR_FAILURE instanceof Factory f) {
                return f;
            }
            throw new ValidationUnavailableException((Throwable) FACTORY_OR_FAILURE);
        }
    }

    /**
     * The provider's factory, its own interpolator (which a {@link Messages} wraps per locale), the fast check
     * of valid values built from its constraints (shared by every locale: the constraints are the same) and the
     * shared instance over the JVM default locale.
     */
    private record Factory(ValidatorFactory factory, MessageInterpolator defaults, QuickCheck quick,
            OcopValidation standard) {
        Validator validatorFor(Locale locale) {
            return factory.usingContext().messageInterpolator(new Messages(defaults, locale)).getValidator();
        }
    }

    /** The instance that validates nothing. */
    private static final OcopValidation NONE = new OcopValidation(null, null, null);

    /** The validator; null for {@link #none()}. */
    private final Validator validator;
    private final Locale locale;
    /** For the library's own validators: proves valid values valid without the validator's traversal. */
    private final QuickCheck quick;

    private OcopValidation(Validator validator, Locale locale, QuickCheck quick) {
        this.validator = validator;
        this.locale = locale;
        this.quick = quick;
    }

    /**
     * The shared instance over the default provider; messages follow the JVM default locale at the time of each
     * call.
     *
     * @return the shared instance, created on first use
     * @throws ValidationUnavailableException if no usable Bean Validation provider is on the path (every call)
     */
    public static OcopValidation standard() {
        return Provider.factory().standard();
    }

    /**
     * An instance over the default provider whose messages are in the given locale (Vietnamese for {@code vi},
     * English otherwise), whatever the JVM default locale.
     *
     * @param locale the locale of the messages
     * @return an instance using it
     * @throws IllegalArgumentException if {@code locale} is null
     * @throws ValidationUnavailableException if no usable Bean Validation provider is on the path (every call)
     */
    public static OcopValidation forLocale(Locale locale) {
        if (locale == null) {
            throw new IllegalArgumentException("Pass a locale, e.g. Locale.forLanguageTag(\"vi\")");
        }
        Factory factory = Provider.factory();
        return new OcopValidation(factory.validatorFor(locale), locale, factory.quick());
    }

    /**
     * An instance over a validator configured by the caller (a Spring application's, for instance). Its messages
     * are the caller's: OCOP's own rules resolve through Hibernate Validator's contributor bundles; standard
     * constraints use the caller's interpolator.
     *
     * @param validator the caller's validator
     * @return an instance using it
     * @throws IllegalArgumentException if {@code validator} is null
     */
    public static OcopValidation using(Validator validator) {
        if (validator == null) {
            throw new IllegalArgumentException("Pass a jakarta.validation.Validator");
        }
        return new OcopValidation(validator, null, null);
    }

    /**
     * An instance that validates nothing: {@link #violations(Object)} is always empty. It is meant for values
     * already validated when they were built, such as the rulebooks shipped inside the library (validated by
     * its build); it needs no Bean Validation provider. Do not use it for documents from users: a reader over
     * it binds whatever is well-formed and skips every rule of the model.
     *
     * @return the shared instance
     */
    public static OcopValidation none() {
        return NONE;
    }

    /**
     * Lists every violation of a value, sorted by path, then message.
     *
     * @param value any ocop-core value
     * @return the violations, empty when valid
     * @throws IllegalArgumentException if {@code value} is null
     */
    public List<Violation> violations(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot validate null: pass an ocop-core value");
        }
        if (validator == null || (quick != null && quick.provesValid(value))) {
            return List.of(); // none(), or the library's own validator and a value proven valid
        }
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            violations.add(toViolation(v));
        }
        violations.sort(Comparator.comparing(Violation::getPath).thenComparing(Violation::getMessage));
        return List.copyOf(violations);
    }

    /**
     * Validates a value and returns it when valid.
     *
     * @param value any ocop-core value
     * @param <T> the value's type
     * @return {@code value}
     * @throws OcopValidationException listing every violation when the value is invalid
     * @throws IllegalArgumentException if {@code value} is null
     */
    public <T> T validate(T value) {
        List<Violation> violations = violations(value);
        if (!violations.isEmpty()) {
            throw new OcopValidationException(violations);
        }
        return value;
    }

    /** @return the locale of the messages, when fixed by {@link #forLocale(Locale)} */
    public Optional<Locale> getLocale() {
        return Optional.ofNullable(locale);
    }

    private static Violation toViolation(ConstraintViolation<Object> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        int rule = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PROPERTY) {
                rule = i;
            }
        }
        Optional<ReportedAt> reportedAt = rule < 0 ? Optional.empty()
                : reportedAt(v.getLeafBean(), nodes.get(rule).getName());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    tokens.add(String.valueOf(key));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                String name = i == rule && reportedAt.isPresent() ? reportedAt.get().value() : node.getName();
                if (!name.isEmpty()) {
                    tokens.add(name);
                }
            }
        }
        StringBuilder pointer = new StringBuilder();
        tokens.forEach(t -> pointer.append('/').append(t.replace("~", "~0").replace("/", "~1")));
        Object invalid = v.getInvalidValue();
        if (v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue && reportedAt.isPresent()) {
            // a broken rule's value is "false": report the value of the property it is about instead
            invalid = reportedAt.get().value().isEmpty() ? null : property(v.getLeafBean(), reportedAt.get().value());
        }
        return Violation.of(pointer.toString(), v.getMessage(), render(invalid));
    }

    private static Optional<ReportedAt> reportedAt(Object bean, String property) {
        Method m = getter(bean, property);
        return m == null ? Optional.empty() : Optional.ofNullable(m.getAnnotation(ReportedAt.class));
    }

    private static Object property(Object bean, String property) {
        Method m = getter(bean, property);
        if (m == null) {
            return null;
        }
        try {
            return m.invoke(bean);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the value is decoration of a message; the violation itself stands
        }
    }

    private static Method getter(Object bean, String property) {
        return bean == null ? null : getter(bean.getClass(), property);
    }

    /**
     * @param beanType a class
     * @param property a Bean Validation property name
     * @return its public getter, looked up on the interfaces first (the model's types), or null
     */
    static Method getter(Class<?> beanType, String property) {
        if (property == null || property.isEmpty()) {
            return null;
        }
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Class<?> type = beanType; type != null; type = type.getSuperclass()) {
            for (Class<?> face : type.getInterfaces()) {
                Method m = find(face, suffix);
                if (m != null) {
                    return m;
                }
            }
            Method m = find(type, suffix);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Method find(Class<?> type, String suffix) {
        for (String prefix : new String[] {"get", "is", "has"}) {
            try {
                return type.getMethod(prefix + suffix);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }

    /**
     * Scalars are shown as they are, invisible characters as {@code <U+200B>}; objects and collections are not
     * shown (no Java internals in messages).
     */
    private static String render(Object invalid) {
        Object value = invalid instanceof Optional<?> o ? o.orElse(null) : invalid;
        if (value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof TemporalAccessor || value instanceof Character) {
            String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            StringBuilder shown = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Identifier.Check.invisible(cp) || (cp != ' ' && Character.getType(cp) == Character.SPACE_SEPARATOR)) {
                    shown.append(String.format(Locale.ROOT, "<U+%04X>", cp));
                } else {
                    shown.appendCodePoint(cp);
                }
            });
            return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown.toString();
        }
        return "";
    }

    /**
     * The library's message interpolator: resolves a template that is one message key from the library's own
     * translations of the standard constraints, then lets the provider's interpolator resolve the rest (OCOP's
     * keys from the contributor bundles, {@code {value}} parameters) in the same locale.
     */
    private record Messages(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, locale != null ? locale : Locale.getDefault());
        }

        @Override
        public String interpolate(String template, Context context, Locale requested) {
            Locale effective = locale != null ? locale : requested;
            return delegate.interpolate(ConstraintMessages.resolve(template, effective), context, effective);
        }
    }
}
