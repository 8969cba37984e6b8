package org.ocop.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ocop.test.conformance.CaseReader;

/** Every shipped case is valid against the shipped JSON Schema of the case format, and the schema rejects misfits. */
class CaseSchemaTest {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(resource("/org/ocop/test/conformance/case.schema.json"), InputFormat.JSON);

    static String resource(String path) {
        try (InputStream in = CaseSchemaTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyShippedCaseIsValid() {
        for (String name : CaseReader.shippedNames()) {
            assertThat(SCHEMA.validate(resource(CaseReader.CASES + name + ".json"), InputFormat.JSON)).as(name).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsBothFormsAtOnceAndAMissingWhy() {
        assertThat(SCHEMA.validate("{\"rulebook\":\"QD-26-2026\",\"sheet\":1,\"compact\":{\"m1\":\"1\"},"
                + "\"members\":{\"m1\":{}},\"expect\":{}}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"why\":\"x\",\"rulebook\":\"QD-26-2026\",\"sheet\":1,\"compact\":{\"m1\":\"1\"},"
                + "\"expect\":{\"average\":\"89.67 or so\"}}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"why\":\"x\",\"rulebook\":\"QD-26-2026\",\"sheet\":1,\"compact\":{\"m1\":\"1\"},"
                + "\"expect\":{\"average\":\"269/3\",\"stars\":null}}", InputFormat.JSON)).isEmpty();
    }
}
