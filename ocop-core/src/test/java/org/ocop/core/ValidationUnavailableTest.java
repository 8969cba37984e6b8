package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Validation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Without a usable Bean Validation provider the library fails with a documented, catchable exception naming the
 * missing artifacts, the same on the first and on every later call (no {@code ExceptionInInitializerError}, no
 * {@code NoClassDefFoundError} afterwards). Each case loads ocop-core afresh in its own class loader, over the
 * platform class loader, with only some of the jars of this test's class path.
 */
class ValidationUnavailableTest {

    private static URL jarOf(String className) throws ClassNotFoundException {
        return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
    }

    /** Calls a static method of OcopValidation, loaded in {@code loader}, and returns what it threw. */
    private static Throwable call(ClassLoader loader, String method, Class<?>[] types, Object... args)
            throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // Bean Validation looks providers up through it
        try {
            Method m = Class.forName(OcopValidation.class.getName(), true, loader).getMethod(method, types);
            m.invoke(null, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void assertUnavailableOnEveryCall(List<URL> path, String cause) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            List<Throwable> thrown = new ArrayList<>();
            thrown.add(call(loader, "standard", new Class<?>[0]));
            thrown.add(call(loader, "standard", new Class<?>[0]));
            thrown.add(call(loader, "forLocale", new Class<?>[] {Locale.class}, Locale.ENGLISH));
            for (Throwable t : thrown) {
                assertThat(t).isNotNull();
                assertThat(t.getClass().getName()).isEqualTo(ValidationUnavailableException.class.getName());
                assertThat(t.getClass().getSuperclass().getName()).isEqualTo(OcopException.class.getName());
                assertThat(t.getMessage()).contains("org.hibernate.validator:hibernate-validator",
                        "org.glassfish.expressly:expressly", "--add-modules jakarta.el", cause);
            }
        }
    }

    @Test
    void noProviderAtAll() throws Exception {
        assertUnavailableOnEveryCall(List.of(jarOf(OcopValidation.class.getName()), jarOf(Validation.class.getName())),
                "Cause: ");
    }

    @Test
    void hibernateValidatorWithoutAnExpressionLanguage() throws Exception {
        assertUnavailableOnEveryCall(List.of(jarOf(OcopValidation.class.getName()), jarOf(Validation.class.getName()),
                jarOf("org.hibernate.validator.HibernateValidator"), jarOf("org.jboss.logging.Logger"),
                jarOf("com.fasterxml.classmate.TypeResolver")), "jakarta.el");
    }

    @Test
    void withAProviderTheSameClassesWork() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarOf(OcopValidation.class.getName()),
                jarOf(Validation.class.getName()), jarOf("org.hibernate.validator.HibernateValidator"),
                jarOf("org.jboss.logging.Logger"), jarOf("com.fasterxml.classmate.TypeResolver"),
                jarOf("org.glassfish.expressly.ExpressionFactoryImpl"), jarOf("jakarta.el.ExpressionFactory")},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(call(loader, "standard", new Class<?>[0])).isNull();
        }
    }
}
