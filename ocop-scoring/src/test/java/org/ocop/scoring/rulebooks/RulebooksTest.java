package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.evaluation.EvaluationType.FIRST_TIME;
import static org.ocop.core.evaluation.EvaluationType.RE_EVALUATION;
import static org.ocop.core.evaluation.EvaluationType.UPGRADE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopException;
import org.ocop.core.StarRating;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBand;

/** The catalogue and the choice of rulebook per date (docs/rules.md §1). */
class RulebooksTest {

    private static String idFor(LocalDate submitted, org.ocop.core.evaluation.EvaluationType type, LocalDate decided) {
        return Rulebooks.forSubmission(submitted, type, decided).getId();
    }

    @Test
    void catalogue() {
        assertThat(Rulebooks.all()).extracting(Rulebook::getId)
                .containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(Rulebooks.byId("QD-26-2026")).hasValueSatisfying(r -> assertThat(r.getSheets()).hasSize(26));
        assertThat(Rulebooks.byId("QD-999-2030")).isEmpty();
        assertThatThrownBy(() -> Rulebooks.byId(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void everyRulebookHasTheSameBands() {
        // docs/rules.md §3.4: 1★ from 0, 2★ from 30, 3★ from 50, 4★ from 70, 5★ from 90
        List<StarBand> bands = List.of(StarBand.of(StarRating.ONE, 0), StarBand.of(StarRating.TWO, 30),
                StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.FOUR, 70), StarBand.of(StarRating.FIVE, 90));
        assertThat(Rulebooks.all()).allSatisfy(r -> assertThat(r.getBands()).isEqualTo(bands));
        assertThat(Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow().bandOf(new BigDecimal("89.99")))
                .isEqualTo(StarRating.FOUR);
    }

    @Test
    void theCatalogueIsLoadedOnceAndSharedBetweenThreads() {
        List<CompletableFuture<Rulebook>> calls = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow()))
                .toList();
        Rulebook first = Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow();
        assertThat(calls).allSatisfy(c -> assertThat(c.join()).isSameAs(first));
    }

    @Test
    void inForceOnEachBoundary() {
        assertThatThrownBy(() -> Rulebooks.inForceOn(LocalDate.of(2019, 8, 20)))
                .isInstanceOf(RulebookException.class).hasMessageContaining("2019-08-21");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2019, 8, 21)).getId()).isEqualTo("QD-1048-2019");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2023, 2, 23)).getId()).isEqualTo("QD-1048-2019");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2023, 2, 24)).getId()).isEqualTo("QD-148-2023");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2026, 5, 21)).getId()).isEqualTo("QD-148-2023");
        // from 22 May 2026 a new dossier falls under 26/2026, although 148 formally runs to 20 July
        assertThat(Rulebooks.inForceOn(LocalDate.of(2026, 5, 22)).getId()).isEqualTo("QD-26-2026");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2026, 7, 20)).getId()).isEqualTo("QD-26-2026");
        assertThat(Rulebooks.inForceOn(LocalDate.of(2030, 1, 1)).getId()).isEqualTo("QD-26-2026");
    }

    @Test
    void transitionalParameters() {
        // 22 May 2026 is day 1: 22–31 May = 10 days, June = 30 (day 40), 1–20 July = 20 → 20 July is day 60
        Rulebook qd148 = Rulebooks.byId(Rulebooks.QD_148_2023).orElseThrow();
        assertThat(qd148.parameter(ParameterName.LAST_DAY, LocalDate.of(2026, 7, 1)).orElseThrow().asDate())
                .isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(Rulebooks.lastTransitionalDay(FIRST_TIME)).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(Rulebooks.lastTransitionalDay(UPGRADE)).isEqualTo(LocalDate.of(2026, 7, 20));
        // 22–31 May = 10 days, 1–20 June = 20 → 20 June is day 30
        assertThat(Rulebooks.lastTransitionalDay(RE_EVALUATION)).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(qd148.getEffectiveTo()).contains(LocalDate.of(2026, 7, 20));
        Rulebook qd26 = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        assertThat(qd26.requireParameter(ParameterName.TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE, qd26.getEffectiveFrom())
                .getReference()).isEqualTo("Quyết định 26/2026/QĐ-TTg, Điều 12");
    }

    @Test
    void firstTimeAndUpgradeDossiersSubmittedBeforeTheChangeStayUnder148For60Days() {
        LocalDate lastDayBefore = LocalDate.of(2026, 5, 21);
        for (var type : List.of(FIRST_TIME, UPGRADE)) {
            assertThat(idFor(lastDayBefore, type, LocalDate.of(2026, 5, 21))).isEqualTo("QD-148-2023");
            assertThat(idFor(lastDayBefore, type, LocalDate.of(2026, 6, 21))).isEqualTo("QD-148-2023");
            // day 60 (20 July) still under 148; day 61 (21 July) under 26/2026 (⚖ past the window)
            assertThat(idFor(lastDayBefore, type, LocalDate.of(2026, 7, 20))).isEqualTo("QD-148-2023");
            assertThat(idFor(lastDayBefore, type, LocalDate.of(2026, 7, 21))).isEqualTo("QD-26-2026");
            assertThat(idFor(LocalDate.of(2025, 12, 1), type, LocalDate.of(2026, 7, 20))).isEqualTo("QD-148-2023");
        }
    }

    @Test
    void reEvaluationDossiersSubmittedBeforeTheChangeStayUnder148For30Days() {
        LocalDate lastDayBefore = LocalDate.of(2026, 5, 21);
        // day 30 (20 June) still under 148; day 31 (21 June) under 26/2026
        assertThat(idFor(lastDayBefore, RE_EVALUATION, LocalDate.of(2026, 6, 20))).isEqualTo("QD-148-2023");
        assertThat(idFor(lastDayBefore, RE_EVALUATION, LocalDate.of(2026, 6, 21))).isEqualTo("QD-26-2026");
        assertThat(idFor(lastDayBefore, RE_EVALUATION, LocalDate.of(2026, 7, 20))).isEqualTo("QD-26-2026");
    }

    @Test
    void dossiersSubmittedFrom22May2026FallUnder26Of2026() {
        assertThat(idFor(LocalDate.of(2026, 5, 22), FIRST_TIME, LocalDate.of(2026, 5, 22))).isEqualTo("QD-26-2026");
        assertThat(idFor(LocalDate.of(2026, 5, 23), RE_EVALUATION, LocalDate.of(2026, 6, 1))).isEqualTo("QD-26-2026");
    }

    @Test
    void olderDossiersUseTheRulebookOfTheirSubmissionDay() {
        // no transitional window between 1048 and 148 is in the sources (⚖ none applied)
        assertThat(idFor(LocalDate.of(2023, 2, 23), FIRST_TIME, LocalDate.of(2023, 6, 1))).isEqualTo("QD-1048-2019");
        assertThat(idFor(LocalDate.of(2023, 2, 24), FIRST_TIME, LocalDate.of(2023, 6, 1))).isEqualTo("QD-148-2023");
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> Rulebooks.forSubmission(LocalDate.of(2026, 6, 2), FIRST_TIME, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(RulebookException.class).hasMessageContaining("before it is submitted");
        RulebookException early = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Rulebooks.forSubmission(
                LocalDate.of(2018, 1, 1), FIRST_TIME, LocalDate.of(2018, 2, 1)), RulebookException.class);
        assertThat(early.getReason()).contains(RulebookException.Reason.NONE_IN_FORCE_BEFORE);
        assertThat(early.getMessage())
                .isEqualTo("No OCOP rulebook was in force on 2018-01-01: the oldest, QD-1048-2019, applies from 2019-08-21");
        assertThat(early.text(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Không có bộ tiêu chí OCOP nào có hiệu "
                + "lực vào ngày 2018-01-01: bộ tiêu chí sớm nhất, QD-1048-2019, áp dụng từ ngày 2019-08-21");
        assertThatThrownBy(() -> Rulebooks.forSubmission(LocalDate.of(2018, 1, 1), FIRST_TIME, LocalDate.of(2018, 2, 1)))
                .isInstanceOf(RulebookException.class).isInstanceOf(OcopException.class)
                .hasMessageContaining("QD-1048-2019").hasMessageContaining("2019-08-21");
        assertThatThrownBy(() -> Rulebooks.forSubmission(LocalDate.of(2026, 6, 1), null, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
    }
}
