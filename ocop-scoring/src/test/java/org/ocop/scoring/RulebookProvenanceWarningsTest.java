package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Rulebook;

/**
 * Issue 10 §2: a result scored under a user rulebook says so, names the shipped rulebook it replaces, and warns
 * when the dossier was submitted outside the rulebook's validity.
 */
class RulebookProvenanceWarningsTest {

    private static final Map<String, Integer> BEST = Map.of("1.1", 3, "2.1", 3, "3.1", 3);

    private static Evaluation evaluation(LocalDate submittedOn) {
        return Evaluation.builder().from(Fixtures.eval().member("m1", BEST).build()).submittedOn(submittedOn).build();
    }

    @Test
    void anOfficialRulebookInForceGivesNoProvenanceWarning() {
        ScoreResult r = ScoringEngine.standard().score(Fixtures.rulebook(Fixtures.small()),
                evaluation(LocalDate.of(2026, 9, 1)));
        assertThat(r.getWarnings()).extracting(ResultNote::getCode).doesNotContain(NoteCode.RULEBOOK_USER,
                NoteCode.RULEBOOK_REPLACES, NoteCode.SUBMITTED_OUTSIDE_VALIDITY, NoteCode.SUBMITTED_BEFORE_OPEN_VALIDITY);
    }

    @Test
    void aProvincialRulebookReplacingAShippedOneIsNamedInTheResult() {
        Rulebook provincial = Rulebook.builder().from(Fixtures.rulebook(Completeness.PROVINCIAL, Fixtures.small()))
                .id("QD-26-2026").replaces("QD-26-2026").provenance("province corrected sheet").build();
        ScoreResult r = ScoringEngine.standard().score(provincial, evaluation(LocalDate.of(2026, 9, 1)));
        assertThat(r.getWarnings()).contains(
                ResultNote.of(NoteCode.RULEBOOK_USER, "QD-26-2026", "PROVINCIAL", "province corrected sheet"),
                ResultNote.of(NoteCode.RULEBOOK_REPLACES, "QD-26-2026", "QD-26-2026"));
        assertThat(r.getWarnings()).extracting(w -> w.text(Locale.ENGLISH))
                .anySatisfy(w -> assertThat(w).contains("QD-26-2026", "user rulebook", "PROVINCIAL",
                        "province corrected sheet"))
                .anySatisfy(w -> assertThat(w).contains("replaces the shipped rulebook QD-26-2026"));
    }

    @Test
    void aSubmissionBeforeTheRulebookTookEffectIsWarnedNamingBothDates() {
        // the test rulebook takes effect on 2026-05-22; a dossier of 2026-05-21 predates it
        ScoreResult r = ScoringEngine.standard().score(Fixtures.rulebook(Fixtures.small()),
                evaluation(LocalDate.of(2026, 5, 21)));
        assertThat(r.getWarnings()).filteredOn(w -> w.getCode().name().startsWith("SUBMITTED_"))
                .singleElement().satisfies(w -> assertThat(w.getParameters()).startsWith("2026-05-21",
                        r.getRulebookId(), "2026-05-22"));
        assertThat(r.getWarnings()).extracting(w -> w.text(Locale.ENGLISH)).anySatisfy(w -> assertThat(w)
                .contains("2026-05-21", "outside the validity", "2026-05-22"));
    }
}
