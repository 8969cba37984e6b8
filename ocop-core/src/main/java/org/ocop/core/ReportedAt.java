package org.ocop.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the property a Bean Validation rule method is about, so that {@link OcopValidation} reports a broken rule
 * at that property rather than at the rule method: the rule {@code getRepeatedMemberId()} of a council is
 * {@code @ReportedAt("members")} and is reported at {@code /council/members}. An empty value reports the rule at
 * the object itself.
 *
 * <p>Used on the rule methods of ocop-core's value types; of no use to callers.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportedAt {

    /** @return the name of the property the rule is about; empty for the object that holds the rule */
    String value();
}
