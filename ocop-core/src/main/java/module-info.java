/**
 * ocop-core: the OCOP domain model as immutable, validated value types.
 *
 * <p>Depends only on the Jakarta Validation API at run time; Immutables annotations are compile-time only.
 */
module org.ocop.core {
    requires transitive jakarta.validation;
    requires static org.immutables.value.annotations;

    exports org.ocop.core;
    exports org.ocop.core.classification;
    exports org.ocop.core.product;
    exports org.ocop.core.rules;
    exports org.ocop.core.evaluation;
    exports org.ocop.core.result;
    exports org.ocop.core.policy;
    exports org.ocop.core.recognition;
    exports org.ocop.core.registry;
}
