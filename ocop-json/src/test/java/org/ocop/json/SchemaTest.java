package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped JSON Schemas: current with the bindings, and every sample document (the seeded corpus and
 * the committed examples) valid against its schema. {@code -Docop.writeSchemas=true} rewrites the schemas
 * and examples from the generator.
 */
class SchemaTest {

    static final boolean WRITE = Boolean.getBoolean("ocop.writeSchemas");
    static final Map<DocumentType, Schema> SCHEMAS = new EnumMap<>(DocumentType.class);

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (DocumentType t : DocumentType.values()) {
            String schema = WRITE ? SchemaGenerator.generate(t) : OcopJsonTestSupport.resource(t.schemaResource());
            if (WRITE) {
                Files.writeString(Path.of("src/main/resources", t.schemaResource()), schema);
                Files.writeString(Path.of("src/test/resources/examples", t.code() + ".json"),
                        OcopJson.write(example(t)));
            }
            SCHEMAS.put(t, registry.getSchema(schema, InputFormat.JSON));
        }
    }

    /** @return the example of a type: corpus seed 1, a rulebook cut down to its first sheet */
    static Object example(DocumentType t) {
        Object value = new Corpus(1).document(t);
        if (value instanceof org.ocop.core.rules.Rulebook) {
            org.ocop.core.rules.Rulebook r = (org.ocop.core.rules.Rulebook) value;
            return org.ocop.core.rules.Rulebook.builder().from(r).sheets(r.getSheets().subList(0, 1)).build();
        }
        return value;
    }

    static List<Error> validate(DocumentType type, String json) {
        return SCHEMAS.get(type).validate(json, InputFormat.JSON);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void shippedSchemaIsTheGeneratedOne(DocumentType type) {
        assertThat(OcopJsonTestSupport.resource(type.schemaResource()))
                .as("schema of %s is stale: run the tests with -Docop.writeSchemas=true", type)
                .isEqualTo(SchemaGenerator.generate(type));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyCorpusDocumentIsValidAgainstItsSchema(DocumentType type) {
        for (int seed = 0; seed < RoundTripTest.SEEDS; seed++) {
            String json = OcopJson.write(new Corpus(seed).document(type));
            assertThat(validate(type, json)).as("%s seed %d", type, seed).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void exampleDocumentIsCanonicalValidAndMatchesItsSchema(DocumentType type) {
        String example = OcopJsonTestSupport.resource("examples/" + type.code() + ".json");
        assertThat(validate(type, example)).isEmpty();
        Object value = OcopJson.readAny(example.getBytes(StandardCharsets.UTF_8));
        assertThat(value).isInstanceOf(type.valueType());
        assertThat(OcopJson.write(value)).isEqualTo(example);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void schemaRefusesAnUnknownPropertyAndAWrongHeader(DocumentType type) {
        String json = OcopJson.write(new Corpus(2).document(type));
        assertThat(validate(type, json.replaceFirst("\\{", "{\"surprise\": 1,"))).isNotEmpty();
        assertThat(validate(type, json.replace("\"ocopFormat\": \"1.0\"", "\"ocopFormat\": \"2.0\""))).isNotEmpty();
    }
}
