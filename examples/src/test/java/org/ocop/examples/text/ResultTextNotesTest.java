package org.ocop.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.PartCode;

/** The one place that renders a result's notes follows the words' language ({@code --lang}, Accept-Language). */
class ResultTextNotesTest {

    private static ScoreResult result() {
        return ScoreResult.builder().rulebookId("QD-26-2026").sheetNumber(1).productId("SP-1")
                .addMemberTotals(MemberTotal.builder().memberId("m1").total(55).putPartTotal(PartCode.A, 20)
                        .putPartTotal(PartCode.B, 20).putPartTotal(PartCode.C, 15).build())
                .averageScore(new BigDecimal("55")).band(StarRating.THREE).outcome(Outcome.NOT_FINAL)
                .stars(StarRating.THREE).recognisable(false).fiveStarPotential(false)
                .addWarnings(ResultNote.of(NoteCode.RULEBOOK_TRANSCRIBED, "QD-148-2023"))
                .addNotFinalReasons(ResultNote.of(NoteCode.CHAIR_ABSENT, "a")).build();
    }

    @Test
    void notesAreRenderedInTheWordsLanguage() {
        Words vi = Words.of(Locale.forLanguageTag("vi"));
        Words en = Words.of(Locale.ENGLISH);
        assertThat(ResultText.warnings(result(), vi))
                .containsExactly("Bộ tiêu chí QD-148-2023 là bản chép lại của bên thứ ba, không phải bản chính thức");
        assertThat(ResultText.warnings(result(), en))
                .containsExactly("Rulebook QD-148-2023 is a third-party transcription, not an official copy");
        assertThat(ResultText.notFinalReasons(result(), vi))
                .containsExactly("không đủ điều kiện họp: chủ tịch hội đồng a không có mặt");
        assertThat(ResultText.notFinalReasons(result(), en)).containsExactly("no quorum: the chair a is not present");
    }
}
