package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.product.Producer;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.rules.Rulebook;

/** The public entry points around the document format. */
class ApiTest {

    @Test
    void theModuleIsFoundByFindAndRegisterModulesAndBindsBothWays() throws IOException {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        assertThat(plain.getRegisteredModuleIds()).contains("OcopModule");
        Certificate certificate = new Corpus(3).certificate();
        String json = plain.writeValueAsString(certificate);
        assertThat(json).startsWith("{\"ocopFormat\":\"1.0\",\"type\":\"certificate\",");
        assertThat(plain.readValue(json, Certificate.class)).isEqualTo(certificate);
    }

    @Test
    void mapperIsACopyThatCallersMayReconfigure() throws IOException {
        ObjectMapper mine = OcopJson.mapper();
        mine.disable(SerializationFeature.INDENT_OUTPUT);
        assertThat(OcopJson.mapper().isEnabled(SerializationFeature.INDENT_OUTPUT)).isTrue();
        Producer producer = new Corpus(5).producer();
        assertThat(mine.readValue(mine.writeValueAsString(producer), Producer.class)).isEqualTo(producer);
        assertThat(OcopJson.mapper().writeValueAsString(producer) + "\n").isEqualTo(OcopJson.write(producer));
    }

    @Test
    void writeToAStreamGivesTheCanonicalBytesAndLeavesTheStreamOpen() {
        Rulebook rulebook = new Corpus(4).rulebook();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };
        OcopJson.write(rulebook, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(OcopJson.write(rulebook)).endsWith("}\n");
    }

    @Test
    void readingFromAStreamLeavesItOpen() {
        byte[] json = OcopJson.write(new Corpus(6).producer()).getBytes(StandardCharsets.UTF_8);
        java.io.InputStream in = new java.io.ByteArrayInputStream(json) {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };
        assertThat(OcopJson.read(in, Producer.class)).isEqualTo(new Corpus(6).producer());
    }

    @Test
    void starRatingIsAnIntegerAndPlainValuesHaveNoHeader() {
        assertThat(OcopJson.write(LocalizedText.of("Chè", "Tea"))).isEqualTo("{\n  \"en\": \"Tea\",\n  \"vi\": \"Chè\"\n}\n");
        assertThat(OcopJson.read("{\"vi\": \"Chè\"}", LocalizedText.class)).isEqualTo(LocalizedText.of("Chè"));
        assertThat(OcopJson.write(new Corpus(0).certificate())).contains("\"rating\": " + StarRating.THREE.stars() + ",");
    }

    @Test
    void writeRefusesNullAndValuesThatAreNotOcopValues() {
        assertThatThrownBy(() -> OcopJson.write(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcopJson.write("text")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not an ocop-core value");
    }

    @Test
    void pointersEscapeTildeAndSlashAndUseWireNames() {
        assertThat(Pointers.ofPropertyPath("/memberScores/0/choices/a~1b~0c", Bindings.Evaluations.EVALUATION))
                .isEqualTo("/memberScores/0/choices/a~1b~0c");
        assertThat(Pointers.ofPropertyPath("/council/members", Bindings.Evaluations.EVALUATION)).isEqualTo("/council/members");
        assertThat(Pointers.ofPropertyPath("/datesInOrder", Bindings.Evaluations.EVALUATION)).isEmpty();
        assertThat(Pointers.ofPropertyPath("/type", Bindings.Evaluations.EVALUATION)).isEqualTo("/evaluationType");
        assertThat(Pointers.ofPropertyPath("/product/producer/type", Bindings.Evaluations.EVALUATION))
                .isEqualTo("/product/producer/producerType");
    }

    @Test
    void codesSortByTheirNumbers() {
        assertThat(java.util.stream.Stream.of("10.1", "1.10", "1.2", "1.2.1", "2", "a")
                .sorted(Codes::compare).toList()).containsExactly("1.2", "1.2.1", "1.10", "2", "10.1", "a");
    }
}
