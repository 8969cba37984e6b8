package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.core.recognition.Certificate;

/** Many documents at once: a JSON array or JSON Lines, each element with its header, read lazily. */
class BulkTest {

    private static final List<Certificate> CERTIFICATES = IntStream.range(0, 12)
            .mapToObj(seed -> new Corpus(seed).certificate()).toList();

    private static byte[] written(OcopJson.Bulk layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OcopJson.writeAll(CERTIFICATES, out, layout);
        return out.toByteArray();
    }

    private static List<Certificate> read(byte[] bytes) {
        try (Stream<Certificate> all = OcopJson.readAll(new ByteArrayInputStream(bytes), Certificate.class)) {
            return all.toList();
        }
    }

    @Test
    void aJsonArrayOfDocumentsRoundTrips() {
        byte[] bytes = written(OcopJson.Bulk.JSON_ARRAY);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("[\n  {\n    \"ocopFormat\": \"1.0\",")
                .endsWith("  }\n]\n");
        assertThat(read(bytes)).isEqualTo(CERTIFICATES);
    }

    @Test
    void jsonLinesRoundTripOneDocumentPerLine() {
        String text = new String(written(OcopJson.Bulk.JSON_LINES), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(CERTIFICATES.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith("{\"ocopFormat\":\"1.0\",\"type\":\"certificate\",");
            assertThat(OcopJson.read(lines.get(i), Certificate.class)).isEqualTo(CERTIFICATES.get(i));
        }
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(CERTIFICATES);
    }

    @Test
    void aBadElementIsReportedAtItsIndex() {
        String lines = new String(written(OcopJson.Bulk.JSON_LINES), StandardCharsets.UTF_8);
        String third = lines.lines().toList().get(2);
        String bad = lines.replace(third, third.replace("\"rating\":", "\"rating\":9,\"x\":"));
        assertThatThrownBy(() -> read(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/2/rating"));
        String array = new String(written(OcopJson.Bulk.JSON_ARRAY), StandardCharsets.UTF_8);
        String noHeader = array.replaceFirst("\"type\": \"certificate\",", "");
        assertThatThrownBy(() -> read(noHeader.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/0/type"));
    }
}
