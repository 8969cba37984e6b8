package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reading problems of OCOP documents in Vietnamese and English: same pointer, English text unchanged. */
class LocalizedMessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static OcopJsonException fail(String json) {
        return catchThrowableOfType(() -> OcopJson.readEvaluation(json.getBytes(StandardCharsets.UTF_8)),
                OcopJsonException.class);
    }

    @Test
    void aDuplicatePropertyInBothLanguages() {
        OcopJsonException e = fail("{\"ocopFormat\": \"1.0\", \"ocopFormat\": \"1.0\"}");
        assertThat(e.getReason()).contains(OcopJsonException.Reason.DUPLICATE_PROPERTY);
        assertThat(e.getPointer()).isEqualTo("/ocopFormat");
        assertThat(e.getMessage()).isEqualTo("at /ocopFormat: duplicate property 'ocopFormat'");
        assertThat(e.text(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.text(VI)).isEqualTo("tại /ocopFormat: thuộc tính 'ocopFormat' bị lặp lại");
        assertThat(e.getProblems()).singleElement().extracting(v -> v.getMessage())
                .isEqualTo("duplicate property 'ocopFormat'");
    }

    @Test
    void whatWasFoundIsToldInTheReadersLanguage() {
        OcopJsonException e = fail("[1]");
        assertThat(e.getMessage()).isEqualTo("at the document root: expected a JSON object (Evaluation), found an array");
        assertThat(e.text(VI)).isEqualTo("tại gốc tài liệu: cần một đối tượng JSON (Evaluation), nhưng gặp một mảng");
        assertThat(e.getParameters()).containsExactly("Evaluation", "an array");
    }

    @Test
    void anEmptyDocument() {
        OcopJsonException e = fail("");
        assertThat(e.getMessage()).isEqualTo("at the document root: the document is empty");
        assertThat(e.text(VI)).isEqualTo("tại gốc tài liệu: tài liệu trống");
    }
}
