package org.ocop.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.json.OcopJson;
import org.ocop.scoring.ScoringEngine;
import org.ocop.test.conformance.ConformanceSuite;

/**
 * The API naming convention of the published modules (README, "API conventions"), checked on every public type
 * of every exported package of ocop-core, ocop-json, ocop-scoring and ocop-test: a public, non-static method
 * without parameters that returns a value is an attribute and is named {@code getX()}/{@code isX()}, a
 * breakdown {@code byX()}, or a conversion {@code asX()}/{@code toX()}. No public type is a record (records
 * expose {@code x()} accessors). Enums keep their {@code name()}-style properties; AssertJ assertion classes
 * follow AssertJ's own vocabulary; methods that implement a JDK or third-party contract keep its names.
 */
class ApiNamingConventionTest {

    /** Name prefixes of attribute-like methods: attributes, breakdowns, conversions. */
    private static final List<String> PREFIXES = List.of("get", "is", "by", "as", "to");

    /**
     * Deliberate exceptions: verbs, not attributes. Enum properties ({@code name()}, {@code symbol()},
     * {@code stars()}), AssertJ's vocabulary and JDK or third-party contracts ({@code iterator()}, {@code size()},
     * {@code version()}) are exempt by rule, see {@link #breaches}.
     */
    private static final Set<String> ALLOWED = Set.of(
            // builders: the terminal operation of the builder pattern
            "build");

    @Test
    void publicNoArgumentMethodsFollowTheConvention() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> anchor : List.of(StarRating.class, OcopJson.class, ScoringEngine.class,
                ConformanceSuite.class)) {
            for (Class<?> type : publicTypes(anchor)) {
                if (type.isRecord()) {
                    offenders.add(type.getName() + " is a record (x() accessors)");
                }
                if (type.isEnum() || type.isAnnotation() || org.assertj.core.api.Assert.class.isAssignableFrom(type)) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    if (breaches(type, m)) {
                        offenders.add(type.getName() + "." + m.getName() + "()");
                    }
                }
            }
        }
        assertThat(new TreeSet<>(offenders)).as("public no-argument methods not named get/is/by/as/to").isEmpty();
    }

    private static boolean breaches(Class<?> type, Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.isSynthetic() || m.getParameterCount() > 0
                || m.getReturnType() == void.class || !isOcop(m.getDeclaringClass())
                || implementsForeignContract(type, m)) {
            return false;
        }
        String name = m.getName();
        if (ALLOWED.contains(name)) {
            return false;
        }
        return PREFIXES.stream().noneMatch(p -> name.startsWith(p) && name.length() > p.length()
                && Character.isUpperCase(name.charAt(p.length())));
    }

    private static boolean isOcop(Class<?> c) {
        return c.getName().startsWith("org.ocop.");
    }

    /** Whether a JDK or third-party supertype declares the method (e.g. {@code iterator()}, {@code version()}). */
    private static boolean implementsForeignContract(Class<?> type, Method m) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!isOcop(c)) {
                try {
                    c.getMethod(m.getName());
                    return true;
                } catch (NoSuchMethodException notThere) {
                    // keep looking
                }
            }
            if (c.getSuperclass() != null) {
                todo.push(c.getSuperclass());
            }
            todo.addAll(Arrays.asList(c.getInterfaces()));
        }
        return false;
    }

    /** Public types (nested ones included) of the unqualified exports of the module that holds the anchor. */
    private static List<Class<?>> publicTypes(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> classFiles;
            ModuleDescriptor module;
            if (Files.isDirectory(root)) {
                try (InputStream in = Files.newInputStream(root.resolve("module-info.class"));
                        Stream<Path> files = Files.walk(root)) {
                    module = ModuleDescriptor.read(in);
                    classFiles = files.map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                        module = ModuleDescriptor.read(in);
                    }
                    classFiles = jar.stream().map(e -> e.getName()).toList();
                }
            }
            Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            List<Class<?>> types = new ArrayList<>();
            for (String file : classFiles) {
                int slash = file.lastIndexOf('/');
                if (!file.endsWith(".class") || slash < 0
                        || !exported.contains(file.substring(0, slash).replace('/', '.'))) {
                    continue;
                }
                Class<?> c = Class.forName(file.substring(0, file.length() - 6).replace('/', '.'), false,
                        anchor.getClassLoader());
                if (isPublicApi(c)) {
                    types.add(c);
                }
            }
            assertThat(types).as("public types of " + module.name()).isNotEmpty();
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPublicApi(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
