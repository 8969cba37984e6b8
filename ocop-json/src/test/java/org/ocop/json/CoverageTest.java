package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The seeded corpus of {@link RoundTripTest} is not three hand-picked cases: over its seeds, every attribute
 * of every type reachable from a document is present at least once, and every constant of every enum used
 * by an attribute occurs.
 */
class CoverageTest {

    @Test
    void theCorpusCoversEveryAttributeAndEveryEnumConstant() {
        Set<String> expected = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (DocumentType type : DocumentType.values()) {
            expect(Bindings.all().get(type.valueType()), expected, new java.util.HashSet<>());
            for (int seed = 0; seed < RoundTripTest.SEEDS; seed++) {
                walk(new Corpus(seed).document(type), seen);
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(seen);
        // not generated yet: it must name another leaf criterion of the same sheet (added by main just now);
        // its binding is checked by DeclarationTest and the schema
        missing.remove("Criterion.requiredCriterion");
        assertThat(missing).as("attributes and enum constants never exercised by the corpus").isEmpty();
        assertThat(expected).hasSizeGreaterThan(200);
    }

    private static void expect(TypeBinding<?, ?> b, Set<String> expected, Set<Class<?>> visited) {
        if (!visited.add(b.type)) {
            return;
        }
        for (TypeBinding.Property<?, ?> a : b.properties) {
            expected.add(b.type.getSimpleName() + "." + a.name);
            for (Codec<?> codec : new Codec<?>[] {a.codec, a.key}) {
                Class<?> t = codec == null ? null : codec.javaType();
                if (t != null && t.isEnum()) {
                    for (Object c : t.getEnumConstants()) {
                        expected.add(t.getSimpleName() + "." + ((Enum<?>) c).name());
                    }
                } else if (t != null && Bindings.all().containsKey(t)) {
                    expect(Bindings.all().get(t), expected, visited);
                }
            }
        }
    }

    private static void walk(Object value, Set<String> seen) {
        if (value instanceof Enum) {
            seen.add(((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + ((Enum<?>) value).name());
            return;
        }
        @SuppressWarnings("unchecked")
        TypeBinding<Object, ?> b = (TypeBinding<Object, ?>) Bindings.of(value.getClass()).orElse(null);
        if (b == null) {
            return;
        }
        for (TypeBinding.Property<Object, ?> a : b.properties) {
            Object v = a.get(value);
            if (a.absent(v)) {
                continue;
            }
            seen.add(b.type.getSimpleName() + "." + a.name);
            if (v instanceof Optional) {
                walk(((Optional<?>) v).get(), seen);
            } else if (v instanceof Collection) {
                ((Collection<?>) v).forEach(e -> walk(e, seen));
            } else if (v instanceof Map) {
                ((Map<?, ?>) v).forEach((k, e) -> {
                    walk(k, seen);
                    walk(e, seen);
                });
            } else {
                walk(v, seen);
            }
        }
    }
}
