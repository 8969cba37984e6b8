package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;

/** The wire form of a result's notes (code, parameters, English text) and of the policy that produced it. */
class ResultNoteJsonTest {

    private static ScoreResult result() {
        return ScoreResult.builder().from(new Corpus(1).scoreResult()).warnings(java.util.List.of(
                ResultNote.of(NoteCode.KNOCKOUT_ZEROED_REST, "6.1", "impurities"))).notFinalReasons(java.util.List.of(
                ResultNote.of(NoteCode.CHAIR_NOT_RECORDED)))
                .policy(ScoringPolicy.builder().maxSpread(10).build()).build();
    }

    @Test
    void notesAreWrittenAsCodeParametersAndEnglishText() {
        String json = OcopJson.write(result());
        assertThat(json).containsIgnoringWhitespaces("""
                  "warnings": [
                    {
                      "code": "KNOCKOUT_ZEROED_REST",
                      "parameters": [
                        "6.1",
                        "impurities"
                      ],
                      "text": "Knock-out on 6.1 (impurities) scored as 0: 6.1 and every criterion after it"
                    }
                  ]""");
        // a note without parameters omits the empty list
        assertThat(json).containsIgnoringWhitespaces("""
                    {
                      "code": "CHAIR_NOT_RECORDED",
                      "text": "no quorum: the chair is not recorded, and the chair must be present"
                    }""");
        assertThat(json).containsIgnoringWhitespaces("""
                  "policy": {
                    "gates": "STRICT_MAJORITY",
                    "knockouts": "DISQUALIFY",
                    "maxCouncil": "50",
                    "maxSpread": "10",
                    "nextStar": "true",
                    "quorum": "off"
                  },""");
        assertThat(OcopJson.read(json, ScoreResult.class)).isEqualTo(result());
    }

    @Test
    void theTextIsIgnoredOnReadingButMustBeAString() {
        String json = OcopJson.write(result());
        String other = json.replace("scored as 0: 6.1 and every criterion after it", "anything at all");
        assertThat(OcopJson.read(other, ScoreResult.class)).isEqualTo(result());
        String without = json.replaceAll(",\\n\\s*\"text\": \"[^\"]*\"", "");
        assertThat(without).doesNotContain("\"text\"");
        assertThat(OcopJson.read(without, ScoreResult.class)).isEqualTo(result());
        assertThatThrownBy(() -> OcopJson.read(json.replace("\"text\": \"no quorum: the chair is not recorded, and "
                + "the chair must be present\"", "\"text\": 3"), ScoreResult.class))
                .isInstanceOf(OcopJsonException.class).hasMessageContaining("/notFinalReasons/0/text");
    }

    @Test
    void aNoteWithTheWrongNumberOfParametersOrAnOldStringNoteIsRefusedAtItsPointer() {
        String json = OcopJson.write(result());
        assertThatThrownBy(() -> OcopJson.read(json.replace("\"impurities\"\n", "\"impurities\",\n\"extra\"\n"),
                ScoreResult.class)).isInstanceOf(OcopJsonException.class).hasMessageContaining("/warnings/0")
                .hasMessageContaining("takes 2 parameters, got 3");
        String old = json.replaceAll("(?s)\"warnings\": \\[.*?\\n  \\]", "\"warnings\": [\"Knock-out on 6.1\"]");
        assertThatThrownBy(() -> OcopJson.read(old, ScoreResult.class)).isInstanceOf(OcopJsonException.class)
                .hasMessageContaining("/warnings/0").hasMessageContaining("expected a JSON object (ResultNote)");
    }

    @Test
    void thePolicyIsReadWithFromOptionsAndDefaultsToTheStandardPolicy() {
        String json = OcopJson.write(result());
        String partial = json.replaceAll("(?s)\"policy\": \\{.*?\\},", "\"policy\": {\"quorum\": \"3/4+chair\"},");
        assertThat(OcopJson.read(partial, ScoreResult.class).getPolicy())
                .isEqualTo(ScoringPolicy.fromOptions(java.util.Map.of("quorum", "3/4+chair")));
        String omitted = json.replaceAll("(?s)\"policy\": \\{.*?\\},", "");
        assertThat(OcopJson.read(omitted, ScoreResult.class).getPolicy()).isEqualTo(ScoringPolicy.standard());
        String unknown = json.replaceAll("(?s)\"policy\": \\{.*?\\},", "\"policy\": {\"speed\": \"fast\"},");
        assertThatThrownBy(() -> OcopJson.read(unknown, ScoreResult.class)).isInstanceOf(OcopJsonException.class)
                .hasMessageContaining("/policy").hasMessageContaining("speed");
        String number = json.replaceAll("(?s)\"policy\": \\{.*?\\},", "\"policy\": {\"maxSpread\": 10},");
        assertThatThrownBy(() -> OcopJson.read(number, ScoreResult.class)).isInstanceOf(OcopJsonException.class)
                .hasMessageContaining("/policy/maxSpread");
    }
}
