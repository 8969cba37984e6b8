package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.core.rules.Rulebook;

/**
 * Round trips over a seeded corpus of every document type: value → JSON → value is equal, and the canonical
 * JSON read and written again is byte-identical.
 */
class RoundTripTest {

    static final int SEEDS = 40;

    static Stream<Arguments> corpus() {
        return Stream.of(DocumentType.values())
                .flatMap(t -> IntStream.range(0, SEEDS).mapToObj(seed -> Arguments.of(t, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("corpus")
    void valueToJsonToValueIsEqualAndCanonicalJsonIsStable(DocumentType type, int seed) {
        Object value = new Corpus(seed).document(type);
        String json = OcopJson.write(value);

        Object back = OcopJson.read(json, type.valueType());
        assertThat(back).isEqualTo(value);
        assertThat(OcopJson.write(back)).isEqualTo(json);
        assertThat(OcopJson.readAny(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
        assertThat(json).startsWith("{\n  \"ocopFormat\": \"1.0\",\n  \"type\": \"" + type.code() + "\",\n");
    }

    @ParameterizedTest(name = "rulebook seed {0}")
    @MethodSource("seeds")
    void rulebookDocumentReadsBackFromAStream(int seed) {
        Rulebook rulebook = new Corpus(seed).rulebook();
        byte[] bytes = OcopJson.write(rulebook).getBytes(StandardCharsets.UTF_8);
        assertThat(OcopJson.readRulebook(new ByteArrayInputStream(bytes))).isEqualTo(rulebook);
    }

    static IntStream seeds() {
        return IntStream.range(0, SEEDS);
    }
}
