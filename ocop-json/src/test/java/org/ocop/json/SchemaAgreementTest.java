package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;

/**
 * The shipped schema and the reader give the same verdict on every field-level case of the bad-input corpus.
 * The cases a schema cannot state are listed, each with why.
 */
class SchemaAgreementTest {

    /** Not JSON a schema validator sees as one document: the parser refuses them (or, for a key, keeps one). */
    static final List<String> SYNTAX = List.of("empty.json", "truncated.json", "trailing-tokens.json",
            "duplicate-key.json");

    /**
     * Rules across fields of one document: the domain model's own checks and Bean Validation rules about
     * several values (distinct members, sheet arithmetic, unique criterion codes). A JSON Schema cannot
     * state them.
     */
    static final List<String> CROSS_FIELD = List.of("duplicate-council-members.json", "duplicate-member-scores.json",
            "rulebook-out-of-range-points.json", "rulebook-duplicate-criterion-code.json");

    @BeforeAll
    static void schemas() throws IOException {
        SchemaTest.loadSchemas();
    }

    @Test
    void schemaAndReaderAgreeOnEveryFieldLevelCase() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/bad"))) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        int compared = 0;
        for (String file : files) {
            if (SYNTAX.contains(file) || CROSS_FIELD.contains(file) || BadInputTest.CROSS_DOCUMENT.contains(file)) {
                continue;
            }
            String json = OcopJsonTestSupport.resource("bad/" + file);
            boolean rulebook = file.startsWith("rulebook");
            DocumentType type = rulebook ? DocumentType.RULEBOOK : DocumentType.EVALUATION;
            boolean readerAccepts = accepts(json, rulebook ? Rulebook.class : Evaluation.class);
            boolean schemaAccepts = SchemaTest.validate(type, json).isEmpty();
            assertThat(schemaAccepts).as("%s: the schema %s but the reader %s", file,
                    schemaAccepts ? "accepts it" : "refuses it", readerAccepts ? "accepts it" : "refuses it")
                    .isEqualTo(readerAccepts);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(25);
    }

    @Test
    void theCrossDocumentAndCrossFieldCasesPassTheSchema() {
        Stream.of(CROSS_FIELD, BadInputTest.CROSS_DOCUMENT).flatMap(List::stream).forEach(file -> {
            DocumentType type = file.startsWith("rulebook") ? DocumentType.RULEBOOK : DocumentType.EVALUATION;
            assertThat(SchemaTest.validate(type, OcopJsonTestSupport.resource("bad/" + file))).as(file).isEmpty();
        });
    }

    @Test
    void aChoiceWrittenOnePointZeroIsTheIntegerOneForBoth() {
        String fixture = OcopJsonTestSupport.resource("fixtures/evaluation.json");
        String json = fixture.replaceFirst("\"1\\.1\": (\\d+)", "\"1.1\": $1.0");
        assertThat(json).isNotEqualTo(fixture);
        assertThat(SchemaTest.validate(DocumentType.EVALUATION, json)).isEmpty();
        assertThat(OcopJson.read(json, Evaluation.class)).isEqualTo(OcopJson.read(fixture, Evaluation.class));
    }

    private static boolean accepts(String json, Class<?> type) {
        try {
            OcopJson.read(json.getBytes(StandardCharsets.UTF_8), type);
            return true;
        } catch (OcopJsonException e) {
            return false;
        }
    }
}
