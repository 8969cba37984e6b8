package org.ocop.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in every {@code package-info.java} of ocop-core.
 *
 * <ul>
 *   <li>{@code get*}/{@code is*} accessors, because Jakarta Bean Validation only sees JavaBeans getters
 *       (a constraint on {@code name()} would be silently ignored);
 *   <li>package-private {@code Immutable*} implementations hidden behind {@code X.builder()} and the
 *       abstract type ({@code overshadowImplementation}), so the public API is the interface alone;
 *   <li>JDK collections only (insertion order kept, never Guava), {@code jakarta.*} in generated code,
 *       no auto-applied classpath annotations (no {@code @Generated} warnings for consumers);
 *   <li>singular adders ({@code addOption(..)}); a modified copy is made with {@code
 *       X.builder().from(x)...build()}, since the generated {@code withX(..)} methods live on the hidden
 *       implementation.
 * </ul>
 *
 * <p>This annotation has class retention and is of no use at run time; it is public only so that every
 * package of the module can apply it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        jakarta = true,
        depluralize = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface OcopStyle {}
