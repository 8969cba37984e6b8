package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;

/**
 * The compatibility rule of format 1: a document of a newer minor version may add properties, which this
 * reader (format 1.0) skips and reports; a document of this minor version is strict; another major is
 * refused. The shipped schema follows the same rule.
 */
class CompatibilityTest {

    private static final String FIXTURE = OcopJsonTestSupport.resource("fixtures/evaluation.json");

    /** @return the fixture as format {@code version} with an added root and an added nested property */
    private static String withAdditions(String version) {
        return FIXTURE.replace("\"ocopFormat\": \"1.0\"", "\"ocopFormat\": \"" + version + "\"")
                .replace("\"submittedOn\":", "\"reviewNote\": {\"by\": [1, 2]},\n  \"submittedOn\":")
                .replace("\"level\":", "\"secretaryId\": \"m9\",\n    \"level\":");
    }

    @BeforeAll
    static void schemas() throws IOException {
        SchemaTest.loadSchemas();
    }

    @Test
    void aNewerMinorVersionIsReadAndItsUnknownPropertiesAreReported() {
        byte[] json = withAdditions("1.1").getBytes(StandardCharsets.UTF_8);
        OcopReader.Document<Evaluation> read = OcopJson.reader().readDocument(json, Evaluation.class);
        assertThat(read.getValue()).isEqualTo(OcopJson.read(FIXTURE, Evaluation.class));
        assertThat(read.getIgnored()).containsExactlyInAnyOrder("/reviewNote", "/council/secretaryId");
        assertThat(SchemaTest.validate(DocumentType.EVALUATION, withAdditions("1.1"))).isEmpty();
    }

    @Test
    void theSameOrAnOlderMinorVersionIsStrict() {
        assertThatThrownBy(() -> OcopJson.read(withAdditions("1.0"), Evaluation.class))
                .isInstanceOfSatisfying(OcopJsonException.class,
                        e -> assertThat(e.getPointer()).isEqualTo("/council/secretaryId"));
        assertThat(SchemaTest.validate(DocumentType.EVALUATION, withAdditions("1.0"))).isNotEmpty();
        assertThat(OcopJson.reader().readDocument(FIXTURE.getBytes(StandardCharsets.UTF_8), Evaluation.class)
                .getIgnored()).isEmpty();
    }

    @Test
    void theHeaderMayComeAfterAnUnknownProperty() {
        String late = "{\"extra\": true, " + FIXTURE.substring(FIXTURE.indexOf('{') + 1);
        assertThatThrownBy(() -> OcopJson.read(late, Evaluation.class)).isInstanceOfSatisfying(
                OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/extra"));
        String lateNewer = late.replace("\"ocopFormat\": \"1.0\"", "\"ocopFormat\": \"1.7\"");
        assertThat(OcopJson.reader().readDocument(lateNewer.getBytes(StandardCharsets.UTF_8), Evaluation.class)
                .getIgnored()).containsExactly("/extra");
    }

    @Test
    void anotherMajorVersionIsRefused() {
        assertThatThrownBy(() -> OcopJson.read(withAdditions("2.0"), Evaluation.class)).isInstanceOfSatisfying(
                OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/ocopFormat"));
        assertThat(SchemaTest.validate(DocumentType.EVALUATION, withAdditions("2.0"))).isNotEmpty();
    }
}
