package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;

/**
 * The bad-input corpus ({@code src/test/resources/bad}, each file a small edit of a committed fixture):
 * every case fails with one {@link OcopJsonException} at the expected JSON Pointer with a message that
 * names the problem. The huge cases (a 10 MB string, 10,000-deep nesting) are generated here.
 */
class BadInputTest {

    static Rulebook rulebook;

    @BeforeAll
    static void rulebook() {
        rulebook = OcopJson.read(OcopJsonTestSupport.resource("fixtures/rulebook.json"), Rulebook.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated.json                          | read       | /memberScores/0/choices/3.1.1 | end-of-input
            empty.json                              | read       | ''                            | the document is empty
            not-an-object.json                      | read       | ''                            | expected a JSON object (Evaluation), found an array
            trailing-tokens.json                    | read       | ''                            | Trailing token
            duplicate-key.json                      | read       | /memberScores/0/memberId      | Duplicate field 'memberId'
            unknown-field.json                      | read       | /council/secretary            | unknown property 'secretary' of Council
            unknown-field-root.json                 | read       | /comment                      | unknown property 'comment' of Evaluation
            null-value.json                         | read       | /id                           | null is not allowed for 'id'
            missing-required.json                   | read       | /submittedOn                  | missing required property 'submittedOn'
            format-major-2.json                     | read       | /ocopFormat                   | unsupported OCOP document format 2.0
            format-not-a-version.json               | read       | /ocopFormat                   | MAJOR.MINOR
            missing-header.json                     | read       | /ocopFormat                   | missing document header property 'ocopFormat'
            wrong-document-type.json                | read       | /type                         | this is a 'rulebook' document
            wrong-type-date-number.json             | read       | /submittedOn                  | a date is an ISO-8601 string
            wrong-type-date-format.json             | read       | /submittedOn                  | not an ISO-8601 date
            wrong-type-choice-string.json           | read       | /memberScores/0/choices/1.1   | String value ("2")
            wrong-type-choice-float.json            | read       | /memberScores/0/choices/1.1   | Floating-point value (1.5)
            wrong-type-members-object.json          | read       | /council/members              | from Object value
            enum-unknown.json                       | read       | /evaluationType               | SECOND_TIME
            enum-as-number.json                     | read       | /council/level                | AuthorityLevel
            star-rating-out-of-range.json           | read       | /currentRating                | a star rank is an integer 1 to 5, found 6
            number-too-large.json                   | read       | /memberScores/0/choices/1.1   | out of range
            bad-product-code.json                   | read       | /product/code                 | T-X-STT-20xx
            negative-choice.json                    | read       | /memberScores/0/choices/1.1   | (was -1)
            duplicate-council-members.json          | read       | /council/members              | ''
            duplicate-member-scores.json            | read       | /memberScores                 | ''
            duplicate-set-element.json              | read       | /council/present/2            | duplicate element m1
            blank-name.json                         | read       | /council/members/0/name       | ''
            unknown-criterion-code.json             | evaluation | /memberScores/0/choices/9.9   | criterion 9.9 is not on sheet 1
            option-index-past-end.json              | evaluation | /memberScores/0/choices/1.1   | option 3 does not exist: criterion 1.1 has options 0 to 2
            binary-option-past-end.json             | evaluation | /memberScores/1/choices/2.1   | option 2 does not exist
            choice-on-composite.json                | evaluation | /memberScores/0/choices/3.1   | scored through its sub-criteria
            missing-choice.json                     | evaluation | /memberScores/0/choices/2.1   | no option chosen for criterion 2.1
            rulebook-out-of-range-points.json       | rulebook   | /sheets/0                     | best option 31
            rulebook-band-out-of-range.json         | rulebook   | /bands/4/from                 | (was 190)
            rulebook-bad-id.json                    | rulebook   | /id                           | (was qd test)
            rulebook-duplicate-criterion-code.json  | rulebook   | /sheets/0                     | 3.1.1
            rulebook-sheet-number-out-of-range.json | rulebook   | /sheets/0/number              | (was 27)
            rulebook-unknown-part.json              | rulebook   | /partMaxima/D                 | PartCode
            """)
    void badInputFailsWithAPointer(String file, String reader, String pointer, String message) {
        byte[] json = OcopJsonTestSupport.resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(reader, json))
                .isInstanceOfSatisfying(OcopJsonException.class, e -> {
                    assertThat(e.getPointer()).isEqualTo(pointer);
                    assertThat(e.getMessage()).contains(message).doesNotContain("\tat ").doesNotContain("com.fasterxml");
                    assertThat(e.getProblems()).isNotEmpty().first().extracting(v -> v.path()).isEqualTo(pointer);
                });
    }

    private static Object read(String reader, byte[] json) {
        switch (reader) {
            case "read":
                return OcopJson.read(json, Evaluation.class);
            case "evaluation":
                return OcopJson.readEvaluation(json, rulebook);
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
                    assertThat(e.getMessage()).contains("String value length").contains("exceeds the maximum");
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
                    assertThat(e.getMessage()).contains("nesting depth").contains("64");
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
