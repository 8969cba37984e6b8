package org.ocop.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.Product;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.Correction;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Knockout;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBand;

/**
 * The reflective description of one ocop-core value type: its attributes (the {@code get*}/{@code is*}
 * accessors that the type's builder can set), which of them are required, and how to create a value.
 *
 * <p>An accessor is an attribute when the builder has a method of the same name ({@code getMaxPoints()} ↔
 * {@code maxPoints(int)}); derived and lazy accessors ({@code getProductSet()}, {@code getScoringOptions()})
 * and Bean Validation rules ({@code isMemberIdsUnique()}) have none and are never bound. The required
 * attributes are those an empty builder reports missing. Types without a public builder ({@link Knockout},
 * {@link StarBand}) use their static factory, and every abstract accessor is a required attribute.
 */
final class Binding {

    /** What shape an attribute has on the wire. */
    enum Shape {
        /** A single value. */
        PLAIN,
        /** An {@code Optional}: omitted when empty. */
        OPTIONAL,
        /** A {@code List}: an array in order, omitted when empty. */
        LIST,
        /** A {@code Set}: an array sorted, duplicates refused, omitted when empty. */
        SET,
        /** A {@code Map}: an object sorted by key, omitted when empty. */
        MAP
    }

    /** One bound attribute. */
    static final class Attribute {
        /** The property name on the wire. */
        final String name;
        /** The attribute name in ocop-core (the builder method). */
        final String attribute;
        final Method getter;
        final Shape shape;
        /** The full generic type of the accessor. */
        final Type type;
        /** For OPTIONAL, LIST and SET: the element type; for MAP: the value type; else the type. */
        final Type content;
        /** For MAP: the key type. */
        final Type key;
        final Method setter;
        final boolean required;

        Attribute(String attribute, Method getter, Method setter, boolean required) {
            this.attribute = attribute;
            String owner = getter.getDeclaringClass().getSimpleName();
            this.name = "type".equals(attribute)
                    ? Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + "Type" : attribute;
            this.getter = getter;
            this.setter = setter;
            this.required = required;
            this.type = getter.getGenericReturnType();
            Class<?> raw = getter.getReturnType();
            if (raw == Optional.class) {
                shape = Shape.OPTIONAL;
            } else if (raw == List.class) {
                shape = Shape.LIST;
            } else if (raw == Set.class) {
                shape = Shape.SET;
            } else if (raw == Map.class) {
                shape = Shape.MAP;
            } else {
                shape = Shape.PLAIN;
            }
            if (shape == Shape.PLAIN) {
                content = type;
                key = null;
            } else if (shape == Shape.MAP) {
                Type[] args = ((ParameterizedType) type).getActualTypeArguments();
                key = args[0];
                content = args[1];
            } else {
                content = ((ParameterizedType) type).getActualTypeArguments()[0];
                key = null;
            }
        }

        Object get(Object value) {
            try {
                return getter.invoke(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + value.getClass(), e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        }

        /** @return whether the value is absent on the wire (empty optional, collection or map) */
        boolean absent(Object v) {
            switch (shape) {
                case OPTIONAL:
                    return ((Optional<?>) v).isEmpty();
                case LIST:
                case SET:
                    return ((java.util.Collection<?>) v).isEmpty();
                case MAP:
                    return ((Map<?, ?>) v).isEmpty();
                default:
                    return false;
            }
        }
    }

    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

    /** The types bound by {@link OcopModule}, each with its binding. */
    static final Map<Class<?>, Binding> ALL;

    /** Names of Bean Validation rule accessors ({@code isDatesInOrder()} → {@code datesInOrder}). */
    static final Set<String> RULE_NAMES;

    static {
        Map<Class<?>, Binding> all = new LinkedHashMap<>();
        for (Class<?> c : List.of(LocalizedText.class, Address.class, Workforce.class, Producer.class, Product.class,
                Correction.class, CriterionOption.class, Alternative.class, Criterion.class, CriterionGroup.class,
                org.ocop.core.rules.SheetPart.class, CriteriaSheet.class, Rulebook.class, CouncilMember.class,
                Council.class, MemberScores.class, KnockoutFinding.class, Evaluation.class, MemberTotal.class,
                GateCheck.class, PlanStep.class, NextStarAdvice.class, ScoreResult.class, Certificate.class,
                org.ocop.core.rules.LegalParameter.class)) {
            all.put(c, ofBuilder(c));
        }
        all.put(Knockout.class, ofFactory(Knockout.class,
                v -> Knockout.of((LocalizedText) v.get("text"), (KnockoutEffect) v.get("effect"))));
        all.put(StarBand.class, ofFactory(StarBand.class,
                v -> StarBand.of((StarRating) v.get("rating"), (BigDecimal) v.get("from"))));
        ALL = Collections.unmodifiableMap(all);
        Set<String> attributeNames = new TreeSet<>();
        Set<String> accessorNames = new TreeSet<>();
        for (Binding b : all.values()) {
            attributeNames.addAll(b.byName.keySet());
            b.attributes.forEach(a -> attributeNames.add(a.attribute));
            for (Method m : b.type.getMethods()) {
                String n = accessorName(m);
                if (n != null) {
                    accessorNames.add(n);
                }
            }
        }
        accessorNames.removeAll(attributeNames);
        RULE_NAMES = Collections.unmodifiableSet(accessorNames);
    }

    final Class<?> type;
    final List<Attribute> attributes;
    final Map<String, Attribute> byName;
    private final Function<Map<String, Object>, Object> factory;

    private Binding(Class<?> type, List<Attribute> attributes, Function<Map<String, Object>, Object> factory) {
        this.type = type;
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparing(a -> a.name));
        this.attributes = List.copyOf(sorted);
        Map<String, Attribute> map = new LinkedHashMap<>();
        sorted.forEach(a -> map.put(a.name, a));
        this.byName = Collections.unmodifiableMap(map);
        this.factory = factory;
    }

    /**
     * @param type a runtime class
     * @return the binding of the ocop-core type it implements, or null
     */
    static Binding forClass(Class<?> type) {
        Binding direct = ALL.get(type);
        if (direct != null) {
            return direct;
        }
        for (Binding b : ALL.values()) {
            if (b.type.isAssignableFrom(type)) {
                return b;
            }
        }
        return null;
    }

    /** @return the attribute names, sorted */
    Set<String> names() {
        return byName.keySet();
    }

    /**
     * Creates a value from attribute values (Optional attributes given unwrapped, collections as lists).
     *
     * @param values attribute name → value
     * @return the value
     * @throws IllegalArgumentException or IllegalStateException when the core type refuses the values
     */
    Object create(Map<String, Object> values) {
        return factory.apply(values);
    }

    private static String accessorName(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))
                && (m.getReturnType() == boolean.class)) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }

    private static Binding ofBuilder(Class<?> type) {
        Method builderFactory;
        Method build;
        try {
            builderFactory = type.getMethod("builder");
            build = builderFactory.getReturnType().getMethod("build");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no builder", e);
        }
        Class<?> builderType = builderFactory.getReturnType();
        Set<String> required = new LinkedHashSet<>();
        try {
            build.invoke(builderFactory.invoke(null));
        } catch (InvocationTargetException e) {
            Matcher m = MISSING.matcher(String.valueOf(e.getCause().getMessage()));
            if (e.getCause() instanceof IllegalStateException && m.find()) {
                for (String n : m.group(1).split(",")) {
                    required.add(n.strip());
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot build " + type, e);
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Method getter : type.getMethods()) {
            String name = accessorName(getter);
            if (name == null) {
                continue;
            }
            Method setter = setter(builderType, name, getter.getReturnType());
            if (setter != null) {
                attributes.add(new Attribute(name, getter, setter, required.contains(name)));
            }
        }
        Binding[] self = new Binding[1];
        self[0] = new Binding(type, attributes, values -> {
            try {
                Object builder = builderFactory.invoke(null);
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    Attribute a = self[0].byName.get(e.getKey());
                    Object v = a.shape == Shape.OPTIONAL ? Optional.of(e.getValue()) : e.getValue();
                    a.setter.invoke(builder, v);
                }
                return build.invoke(builder);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot build " + type, e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        });
        return self[0];
    }

    private static Method setter(Class<?> builderType, String name, Class<?> attributeType) {
        Class<?> param;
        if (attributeType == Optional.class) {
            param = Optional.class;
        } else if (attributeType == List.class || attributeType == Set.class) {
            param = Iterable.class;
        } else {
            param = attributeType;
        }
        try {
            return builderType.getMethod(name, param);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Binding ofFactory(Class<?> type, Function<Map<String, Object>, Object> factory) {
        List<Attribute> attributes = new ArrayList<>();
        for (Method getter : type.getMethods()) {
            String name = accessorName(getter);
            if (name != null && Modifier.isAbstract(getter.getModifiers())) {
                attributes.add(new Attribute(name, getter, null, getter.getReturnType() != Optional.class));
            }
        }
        return new Binding(type, attributes, factory);
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }
}
