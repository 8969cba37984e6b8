package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.core.evaluation.Evaluation;

/**
 * The bad-input corpus ({@code src/test/resources/bad}, each file a small edit of a committed fixture):
 * every case fails with one {@link OcopJsonException} at the expected JSON Pointer with a message that
 * names the problem. The huge cases (a 10 MB string, 10,000-deep nesting) are generated here.
 */
class BadInputTest {

    /** The field-level cases: file, reader, pointer, a part of the message. */
    static final String CASES = """
            truncated.json                          | read       | /memberScores/0/choices/3.1.1 | the document ends early
            empty.json                              | read       | ''                            | the document is empty
            not-an-object.json                      | read       | ''                            | expected a JSON object (Evaluation), found an array
            trailing-tokens.json                    | read       | ''                            | trailing content after the document: an object
            duplicate-key.json                      | read       | /memberScores/0/memberId      | duplicate property 'memberId'
            unknown-field.json                      | read       | /council/secretary            | unknown property 'secretary' of Council
            unknown-field-root.json                 | read       | /comment                      | unknown property 'comment' of Evaluation
            null-value.json                         | read       | /id                           | null is not allowed for 'id'
            missing-required.json                   | read       | /submittedOn                  | missing required property 'submittedOn'
            format-major-2.json                     | read       | /ocopFormat                   | unsupported OCOP document format 2.0
            format-not-a-version.json               | read       | /ocopFormat                   | MAJOR.MINOR
            missing-header.json                     | read       | /ocopFormat                   | missing document header property 'ocopFormat'
            wrong-document-type.json                | read       | /type                         | this is a document of type 'rulebook'
            wrong-type-date-number.json             | read       | /submittedOn                  | a date is an ISO-8601 string yyyy-MM-dd, found the number 20260801
            wrong-type-date-format.json             | read       | /submittedOn                  | not an ISO-8601 date yyyy-MM-dd: "01/08/2026"
            wrong-type-choice-string.json           | read       | /memberScores/0/choices/1.1   | criterion 1.1 is not filled in yet
            wrong-type-choice-float.json            | read       | /memberScores/0/choices/1.1   | found the fraction 1.5
            wrong-type-members-object.json          | read       | /council/members              | expected an array for 'members', found an object
            enum-unknown.json                       | read       | /evaluationType               | unknown value "SECOND_TIME": expected one of FIRST_TIME
            enum-as-number.json                     | read       | /council/level                | expected one of COMMUNE, DISTRICT, PROVINCE, CENTRAL, found the number 2
            star-rating-out-of-range.json           | read       | /currentRating                | a star rank, an integer 1 to 5, found 6
            number-too-large.json                   | read       | /memberScores/0/choices/1.1   | found 99999999999, out of range
            bad-product-code.json                   | read       | /product/code                 | got 'SP-0001'
            negative-choice.json                    | read       | /memberScores/0/choices/1.1   | must be greater than or equal to 0 (found "-1")
            duplicate-council-members.json          | read       | /council/members              | council member ids must be unique
            duplicate-member-scores.json            | read       | /memberScores                 | distinct member of the council
            duplicate-set-element.json              | read       | /council/present/2            | duplicate element m1
            blank-name.json                         | read       | /council/members/0/name       | must not be blank (found "   ")
            missing-member-scores.json              | read       | /memberScores                 | at least one member
            rulebook-out-of-range-points.json       | rulebook   | /sheets/0                     | maximum 30 != best option 31
            rulebook-band-out-of-range.json         | rulebook   | /bands/4/from                 | must be less than or equal to 100 (found "190")
            rulebook-bad-id.json                    | rulebook   | /id                           | (found "qd test")
            rulebook-duplicate-criterion-code.json  | rulebook   | /sheets/0                     | criterion code 3.1.1 appears twice
            rulebook-sheet-number-out-of-range.json | rulebook   | /sheets/0/number              | must be less than or equal to 26 (found "27")
            rulebook-unknown-part.json              | rulebook   | /partMaxima/D                 | unknown value "D": expected one of A, B, C
            """;

    /**
     * Cases that need a second document (the rulebook the evaluation is scored under): a reader of one
     * document cannot see them, and neither can its schema. The scoring engine refuses them when it scores
     * the evaluation under a rulebook.
     */
    static final List<String> CROSS_DOCUMENT = List.of("unknown-criterion-code.json", "option-index-past-end.json",
            "binary-option-past-end.json", "choice-on-composite.json", "missing-choice.json");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = CASES)
    void badInputFailsWithAPointer(String file, String reader, String pointer, String message) {
        byte[] json = OcopJsonTestSupport.resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(reader, json))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> {
                    assertThat(e.getPointer()).isEqualTo(pointer);
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.getProblems()).isNotEmpty().first().extracting(v -> v.getPath()).isEqualTo(pointer);
                });
    }

    @Test
    void crossDocumentCasesAreReadAsValidSingleDocuments() {
        for (String file : CROSS_DOCUMENT) {
            byte[] json = OcopJsonTestSupport.resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
            assertThat(OcopJson.readEvaluation(json)).as(file).isNotNull();
        }
    }

    /** Things a person must never see in a message: the parser's and the JVM's internals. */
    static final List<String> LEAKS = List.of("(was ", "java.", "javax.", "jakarta.", "com.fasterxml", "org.ocop.",
            "StreamReadConstraints", "StreamReadFeature", "FAIL_ON_", "CoercionConfig", "Cannot coerce",
            "Cannot deserialize", "REDACTED", "[Source:", "\tat ", "<map value>", "<list element>", "Exception");

    @Test
    void noMessageOfTheBadInputCorpusLeaksInternals() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/bad"))) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(35);
        for (String file : files) {
            byte[] json = OcopJsonTestSupport.resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
            if (CROSS_DOCUMENT.contains(file)) {
                continue;
            }
            assertThatThrownBy(() -> read(file.startsWith("rulebook") ? "rulebook" : "read", json)).as(file)
                    .isInstanceOfSatisfying(OcopJsonException.class, e -> {
                        assertNoLeak(file, e.getMessage());
                        e.getProblems().forEach(v -> assertNoLeak(file, v.getMessage()));
                        String at = "at " + (e.getPointer().isEmpty() ? "the document root" : e.getPointer()) + ":";
                        assertThat(e.getMessage().indexOf(at)).as(file + ": pointer printed twice")
                                .isEqualTo(e.getMessage().lastIndexOf(at));
                    });
        }
    }

    static void assertNoLeak(String file, String message) {
        for (String leak : LEAKS) {
            assertThat(message).as("%s leaks %s", file, leak).doesNotContain(leak);
        }
    }

    private static Object read(String reader, byte[] json) {
        switch (reader) {
            case "read":
                return OcopJson.read(json, Evaluation.class);
            case "rulebook":
                return OcopJson.readRulebook(new ByteArrayInputStream(json));
            default:
                throw new IllegalArgumentException(reader);
        }
    }

    @Test
    void aTenMegabyteStringBreaksTheStringLimit() {
        String ev = OcopJsonTestSupport.resource("fixtures/evaluation.json");
        String huge = ev.replace("\"EV-1\"", "\"" + "a".repeat(10 * 1024 * 1024) + "\"");
        assertThatThrownBy(() -> OcopJson.read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)),
                Evaluation.class)).isInstanceOfSatisfying(OcopJsonException.class, e -> {
                    assertThat(e.getPointer()).isEqualTo("/id");
                    assertThat(e.getMessage()).contains("a string is longer than the limit of 1000000 characters");
                    assertNoLeak("10 MB string", e.getMessage());
                });
    }

    @Test
    void tenThousandDeepNestingBreaksTheDepthLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String json = "{\"x\": " + deep + ", \"ocopFormat\": \"1.0\", \"type\": \"evaluation\"}";
        assertThatThrownBy(() -> OcopJson.readAny(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> {
                    // depth 1 is the object, 2 to 64 are 63 arrays; opening the 64th array (depth 65) fails inside the 63rd, at index 0
                    assertThat(e.getPointer()).isEqualTo("/x" + "/0".repeat(63));
                    assertThat(e.getMessage()).contains("deeper than the limit of 64");
                    assertNoLeak("deep nesting", e.getMessage());
                });
        String inValue = OcopJsonTestSupport.resource("fixtures/evaluation.json").replace("\"EV-1\"", deep);
        assertThatThrownBy(() -> OcopJson.read(inValue, Evaluation.class))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/id"));
    }

    @Test
    void readAnyRefusesAnUnknownOrMissingType() {
        assertThatThrownBy(() -> OcopJson.readAny("{\"ocopFormat\": \"1.0\", \"type\": \"invoice\"}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(OcopJsonException.class,
                        e -> assertThat(e.getPointer()).isEqualTo("/type"));
        assertThatThrownBy(() -> OcopJson.readAny("{\"ocopFormat\": \"1.0\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/type"));
    }
}
