package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The declarations in {@link Bindings} are complete: every attribute of a bound ocop-core type (an accessor
 * its builder can set, or an abstract accessor of a type built by a factory) is declared, and every declared
 * property names a real attribute. Adding an attribute to a core type without declaring it fails here.
 */
class DeclarationTest {

    @Test
    void everyAttributeOfEveryBoundTypeIsDeclared() {
        Set<String> missing = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (TypeBinding<?, ?> b : Bindings.all().values()) {
            Set<String> declared = b.properties.stream().filter(p -> p.shape != TypeBinding.Shape.DERIVED)
                    .map(p -> p.attribute).collect(Collectors.toSet());
            // a derived property (a note's English text) is no attribute, but ocop-core has its accessor
            b.properties.stream().filter(p -> p.shape == TypeBinding.Shape.DERIVED)
                    .forEach(p -> SchemaGenerator.accessor(b.type, p.attribute));
            Set<String> attributes = attributes(b.type);
            attributes.stream().filter(a -> !declared.contains(a)).forEach(a -> missing.add(b.type.getSimpleName() + "." + a));
            declared.stream().filter(a -> !attributes.contains(a)).forEach(a -> unknown.add(b.type.getSimpleName() + "." + a));
        }
        assertThat(missing).as("attributes of ocop-core not declared in Bindings").isEmpty();
        assertThat(unknown).as("declared properties that are no attribute of ocop-core").isEmpty();
    }

    @Test
    void everyBindingIsFoundThroughItsLazilyBuiltGroup() {
        assertThat(Bindings.all()).hasSize(33);
        Bindings.all().forEach((type, binding) -> {
            assertThat(Bindings.exact(type)).as(type.getSimpleName()).containsSame(binding);
            assertThat(binding.type).isEqualTo(type);
        });
        assertThat(Bindings.of(new Corpus(1).evaluation().getClass())).containsSame(Bindings.Evaluations.EVALUATION);
        assertThat(Bindings.exact(String.class)).isEmpty();
    }

    static Set<String> attributes(Class<?> type) {
        Class<?> builder = null;
        try {
            builder = type.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            // built by a static factory: its abstract accessors are its attributes
        }
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            String name = accessorName(m);
            if (name == null) {
                continue;
            }
            if (builder == null ? Modifier.isAbstract(m.getModifiers()) : hasSetter(builder, name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean hasSetter(Class<?> builder, String name) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                return true;
            }
        }
        return false;
    }

    private static String accessorName(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2)) && m.getReturnType() == boolean.class) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }
}
