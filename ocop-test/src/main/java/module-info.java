/**
 * ocop-test: the test kit for OCOP scoring systems. AssertJ assertions that read like the rules
 * ({@link org.ocop.test.OcopAssertions}), the conformance cases worked out from the printed criteria sheets
 * (classpath resources under {@code org/ocop/test/conformance/cases/}, format documented by the JSON Schema
 * {@code org/ocop/test/conformance/case.schema.json}), their one reader and a JUnit 5 runner
 * ({@link org.ocop.test.conformance.ConformanceSuite}).
 */
module org.ocop.test {
    requires static org.immutables.value.annotations;
    requires transitive org.ocop.core;
    requires transitive org.ocop.scoring;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires com.fasterxml.jackson.databind;

    exports org.ocop.test;
    exports org.ocop.test.conformance;
    // the cases and their schema are resources of this package
    opens org.ocop.test.conformance;
}
