package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.scoring.Fixtures.dec;
import static org.ocop.scoring.Fixtures.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopValidationException;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.policy.ScoringPolicy.GateAggregation;
import org.ocop.core.policy.ScoringPolicy.KnockoutSemantics;

/**
 * Unit tests of {@link ScoringEngine} on hand-built sheets ({@link Fixtures#small()}: 1.1 = 0/10/20(3★)/40(4★),
 * 2.1 = 0/5/15/25(5★), 3.1 = 0/10/20/35).
 */
class ScoringEngineTest {

    private static final Rulebook SMALL = Fixtures.rulebook(Fixtures.small());
    private static final Rulebook SPECIAL = Fixtures.rulebook(Fixtures.special());
    private static final ScoringEngine ENGINE = ScoringEngine.standard();

    private static Map<String, Integer> small(int a, int b, int c) {
        return Map.of("1.1", a, "2.1", b, "3.1", c);
    }

    private static ScoreResult score(Rulebook rb, Fixtures.Eval e) {
        return ENGINE.score(rb, e.build());
    }

    @Nested
    class Totals {
        @Test
        void fullMarksRankFiveStarsAtCentralLevel() {
            ScoreResult r = score(SMALL, eval().member("m1", small(3, 3, 3)));
            assertThat(r.getAverageScore()).isEqualByComparingTo("100");
            assertThat(r.getMemberTotals().get(0).getTotal()).isEqualTo(100);
            assertThat(r.getMemberTotals().get(0).getPartTotals()).containsEntry(PartCode.A, 40)
                    .containsEntry(PartCode.B, 25).containsEntry(PartCode.C, 35);
            assertThat(r.getBand()).isEqualTo(StarRating.FIVE);
            assertThat(r.getStars()).contains(StarRating.FIVE);
            assertThat(r.getOutcome()).isEqualTo(Outcome.RANKED);
            assertThat(r.isRecognisable()).isTrue();
            assertThat(r.getRecognitionLevel()).contains(AuthorityLevel.CENTRAL);
            assertThat(r.isFiveStarPotential()).isTrue();
            assertThat(r.getNextStar()).isEmpty();
            assertThat(r.getRulebookId()).isEqualTo("TEST-26");
            assertThat(r.getSheetNumber()).isEqualTo(1);
            assertThat(r.getProductId()).isEqualTo("p-1");
        }

        @Test
        void threeMembersAverageExactlyAndBandOnTheFraction() {
            // 20+15+35 = 70, 70, 40+5+20 = 65: 205 / 3 = 68.333…, band 3★ (205 < 70 × 3 = 210)
            ScoreResult r = score(SMALL, eval().member("m1", small(2, 2, 3)).member("m2", small(2, 2, 3))
                    .member("m3", small(3, 1, 2)));
            assertThat(r.getAverageScore()).isEqualByComparingTo("68.3333333333");
            assertThat(r.getBand()).isEqualTo(StarRating.THREE);
            assertThat(Averages.council(205, 3)).isEqualByComparingTo("68.33");
            assertThat(Averages.fraction(205, 3)).isEqualTo("205/3");
            // part A: 20 + 20 + 40 = 80 / 3; B: 15 + 15 + 5 = 35 / 3; C: 35 + 35 + 20 = 90 / 3 = 30
            assertThat(r.getPartAverages().get(PartCode.A)).isEqualByComparingTo("26.6666666667");
            assertThat(r.getPartAverages().get(PartCode.C)).isEqualByComparingTo("30");
            assertThat(r.getGroupAverages()).containsOnlyKeys("1", "2", "3");
            assertThat(r.getGroupAverages().get("2")).isEqualByComparingTo("11.6666666667");
        }

        @Test
        void twoMembersAverageTerminatesExactly() {
            // 70 and 65: 135 / 2 = 67.5
            ScoreResult r = score(SMALL, eval().member("m1", small(2, 2, 3)).member("m2", small(3, 1, 2)));
            assertThat(r.getAverageScore()).isEqualByComparingTo("67.5");
            assertThat(r.getAverageScore().scale()).isEqualTo(1);
        }

        @Test
        void theCouncilFigureRoundsHalfUpToTwoDecimals() {
            // 8399 / 120 = 69.991666… → 69.99; 13999 / 200 = 69.995 → 70.00 (HALF_UP, not HALF_EVEN)
            assertThat(Averages.council(8399, 120)).isEqualByComparingTo("69.99");
            assertThat(Averages.council(13999, 200)).isEqualByComparingTo("70.00");
            assertThat(Averages.fraction(13999, 200)).isEqualTo("13999/200");
            assertThat(Averages.fraction(140, 2)).isEqualTo("70");
            assertThat(Averages.fraction(135, 6)).isEqualTo("45/2");
        }
    }

    @Nested
    class Gates {
        @Test
        void failedFiveStarGateCapsAtFour() {
            // 40 + 15 + 35 = 90: band 5★, but 2.1's 5★ gate is option 3 and option 2 was chosen
            ScoreResult r = score(SMALL, eval().member("m1", small(3, 2, 3)));
            assertThat(r.getBand()).isEqualTo(StarRating.FIVE);
            assertThat(r.getStars()).contains(StarRating.FOUR);
            assertThat(r.getFailedGates()).extracting(GateCheck::getCriterionCode).containsExactly("2.1");
            GateCheck g = r.getFailedGates().get(0);
            assertThat(g.getStar()).isEqualTo(StarRating.FIVE);
            assertThat(g.getRequiredOption()).isEqualTo(3);
            assertThat(g.getMemberChoices()).containsEntry("m1", 2);
            assertThat(r.getRecognitionLevel()).contains(AuthorityLevel.PROVINCE);
            assertThat(r.isFiveStarPotential()).isTrue();
        }

        @Test
        void gatesAreCumulative() {
            // 20 + 25 + 35 = 80: band 4★; 4★ gate on 1.1 failed, 5★ gate on 2.1 met: rank 3★ (cumulative)
            ScoreResult r = score(SMALL, eval().member("m1", small(2, 3, 3)));
            assertThat(r.getBand()).isEqualTo(StarRating.FOUR);
            assertThat(r.getStars()).contains(StarRating.THREE);
        }

        @Test
        void failedThreeStarGateGivesAtMostTwoStars() {
            // 10 + 25 + 35 = 70: band 4★, 3★ gate on 1.1 (option 2) failed
            ScoreResult r = score(SMALL, eval().member("m1", small(1, 3, 3)));
            assertThat(r.getStars()).contains(StarRating.TWO);
            assertThat(r.isRecognisable()).isFalse();
            assertThat(r.getRecognitionLevel()).isEmpty();
        }

        @Test
        void bandBelowGatesKeepsTheBand() {
            // 0 + 0 + 0 = 0: 1★ even though 1.1's 3★ gate fails (min of band 1 and gate rank 2)
            assertThat(score(SMALL, eval().member("m1", small(0, 0, 0))).getStars()).contains(StarRating.ONE);
        }

        @Test
        void strictMajorityAllMembersAndConsensus() {
            Fixtures.Eval twoOfThree = eval().member("m1", small(3, 3, 3)).member("m2", small(2, 3, 3))
                    .member("m3", small(3, 3, 3)).consensus(small(2, 3, 3));
            // totals 100, 80, 100: 280 / 3 = 93.33, band 5★
            assertThat(ENGINE.score(SMALL, twoOfThree.build()).getStars()).contains(StarRating.FIVE);
            assertThat(ScoringEngine.with(ScoringPolicy.builder().gateAggregation(GateAggregation.ALL_MEMBERS).build())
                    .score(SMALL, twoOfThree.build()).getStars()).contains(StarRating.THREE);
            assertThat(ScoringEngine.with(ScoringPolicy.builder().gateAggregation(GateAggregation.CONSENSUS_SHEET).build())
                    .score(SMALL, twoOfThree.build()).getStars()).contains(StarRating.THREE);
            // one of two is no strict majority: 4★ gate failed, totals 100 and 80 → 90 band 5★, rank 3★
            ScoreResult half = score(SMALL, eval().member("m1", small(3, 3, 3)).member("m2", small(2, 3, 3)));
            assertThat(half.getBand()).isEqualTo(StarRating.FIVE);
            assertThat(half.getStars()).contains(StarRating.THREE);
        }

        @Test
        void consensusPolicyWithoutConsensusSheetIsAScoringException() {
            ScoringEngine consensus = ScoringEngine.with(ScoringPolicy.builder()
                    .gateAggregation(GateAggregation.CONSENSUS_SHEET).build());
            assertThatThrownBy(() -> consensus.score(SMALL, eval().member("m1", small(3, 3, 3)).build()))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("consensus");
        }

        @Test
        void gatesCompareOptionOrderNotPoints() {
            // 1.1 options 0: 5, 1: 5 (3★): equal points, the first does not meet the gate
            CriteriaSheet tie = Fixtures.sheet(1,
                    Fixtures.part(PartCode.A, Fixtures.group("1", Fixtures.choice("1.1", Fixtures.opt(5),
                            Fixtures.gated(5, 3)), Fixtures.choice("1.2", Fixtures.opt(0), Fixtures.opt(35)))),
                    Fixtures.part(PartCode.B, Fixtures.group("2", Fixtures.choice("2.1", Fixtures.opt(0), Fixtures.opt(25)))),
                    Fixtures.part(PartCode.C, Fixtures.group("3", Fixtures.choice("3.1", Fixtures.opt(0), Fixtures.opt(35)))));
            ScoreResult r = ENGINE.score(Fixtures.rulebook(tie),
                    eval().member("m1", Map.of("1.1", 0, "1.2", 1, "2.1", 1, "3.1", 1)).build());
            assertThat(r.getAverageScore()).isEqualByComparingTo("100");
            assertThat(r.getStars()).contains(StarRating.TWO);
        }
    }

    @Nested
    class SpecialCriteria {
        private final Map<String, Integer> full = Map.of("1.1", 1, "1.2", 2, "1.3.1", 2, "1.3.2", 1, "2.1", 3,
                "3.1", 2, "4", 1);

        @Test
        void everyKindScores() {
            // binary met 10, conditional 10, composite 10 + 10, alternatives case b best 25, 20, 15 = 100
            ScoreResult r = score(SPECIAL, eval().member("m1", full));
            assertThat(r.getAverageScore()).isEqualByComparingTo("100");
            assertThat(r.getStars()).contains(StarRating.FIVE);
        }

        @Test
        void absentConditionalScoresZeroAndBinaryNotMetScoresZero() {
            Map<String, Integer> noStory = new java.util.HashMap<>(full);
            noStory.remove("1.2");
            noStory.put("1.1", 0);
            // 100 - 10 (conditional) - 10 (binary not met) = 80
            ScoreResult r = score(SPECIAL, eval().member("m1", noStory));
            assertThat(r.getAverageScore()).isEqualByComparingTo("80");
            assertThat(r.getMemberTotals().get(0).getPartTotals()).containsEntry(PartCode.A, 20);
        }

        @Test
        void alternativesGateComparesPositionWithinTheCase() {
            // 4★ gate on case a's second option (index 1). Case b's second option (index 3) is at it;
            // case b's first option (index 2) is below it.
            Map<String, Integer> bFirst = new java.util.HashMap<>(full);
            bFirst.put("2.1", 2); // 10 points: 85 in all
            ScoreResult r = score(SPECIAL, eval().member("m1", bFirst));
            assertThat(r.getAverageScore()).isEqualByComparingTo("85");
            assertThat(r.getFailedGates()).extracting(GateCheck::getCriterionCode).containsExactly("2.1");
            assertThat(r.getStars()).contains(StarRating.THREE);
            assertThat(score(SPECIAL, eval().member("m1", full)).getFailedGates()).isEmpty();
        }

        @Test
        void compositeSubCriterionGate() {
            Map<String, Integer> sub = new java.util.HashMap<>(full);
            sub.put("1.3.2", 0); // 90, but 3★ gate on 1.3.2 failed → 2★
            ScoreResult r = score(SPECIAL, eval().member("m1", sub));
            assertThat(r.getAverageScore()).isEqualByComparingTo("90");
            assertThat(r.getStars()).contains(StarRating.TWO);
        }
    }

    @Nested
    class Knockouts {
        private final Map<String, Integer> full = Map.of("1.1", 1, "1.2", 2, "1.3.1", 2, "1.3.2", 1, "2.1", 3,
                "3.1", 2, "4", 1);
        private final ScoringEngine zero = ScoringEngine.with(ScoringPolicy.builder()
                .knockoutSemantics(KnockoutSemantics.ZERO_REMAINING).build());

        @Test
        void anyKnockoutDisqualifiesByDefault() {
            ScoreResult r = score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.of("4", "100% imported")));
            assertThat(r.getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
            assertThat(r.getStars()).isEmpty();
            assertThat(r.isRecognisable()).isFalse();
            assertThat(r.isFiveStarPotential()).isFalse();
            assertThat(r.getNextStar()).isEmpty();
            assertThat(r.getKnockouts()).extracting(KnockoutFinding::getReason).containsExactly("100% imported");
            assertThat(r.getAverageScore()).isEqualByComparingTo("100");
        }

        @Test
        void sheetLevelFindingDisqualifies() {
            ScoreResult r = score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.sheet("forged dossier")));
            assertThat(r.getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
            assertThat(zero.score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.sheet("forged")).build())
                    .getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
        }

        @Test
        void zeroRemainingRejectZeroesTheGroup() {
            // group 4 (reject): 100 - 15 = 85, still ranked
            ScoreResult r = zero.score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.of("4", "x")).build());
            assertThat(r.getOutcome()).isEqualTo(Outcome.RANKED);
            assertThat(r.getAverageScore()).isEqualByComparingTo("85");
            assertThat(r.getStars()).contains(StarRating.FOUR);
            assertThat(r.getWarnings()).contains(ResultNote.of(NoteCode.KNOCKOUT_ZEROED, "4", "x"));
        }

        @Test
        void zeroRemainingHaltZeroesTheCriterionAndEverythingAfter() {
            // 3.1 (halt): 3.1 (20) and 4 (15) zeroed: 65
            ScoreResult r = zero.score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.of("3.1", "x")).build());
            assertThat(r.getAverageScore()).isEqualByComparingTo("65");
            assertThat(r.getStars()).contains(StarRating.THREE);
        }

        @Test
        void zeroRemainingOnACriterionWithoutPrintedKnockoutZeroesItAndItsGateFails() {
            // 1.3.2 zeroed: 90, its 3★ gate fails → 2★
            ScoreResult r = zero.score(SPECIAL, eval().member("m1", full).knockout(KnockoutFinding.of("1.3.2", "x")).build());
            assertThat(r.getAverageScore()).isEqualByComparingTo("90");
            assertThat(r.getStars()).contains(StarRating.TWO);
            assertThat(r.getWarnings()).contains(ResultNote.of(NoteCode.KNOCKOUT_UNPRINTED_ZEROED, "1.3.2"));
            assertThat(r.getGates()).filteredOn(g -> g.getCriterionCode().equals("1.3.2")).first()
                    .satisfies(g -> assertThat(g.getMemberChoices()).isEmpty());
        }
    }

    @Nested
    class CouncilRules {
        @Test
        void spreadOverTheMaximumIsNotFinal() {
            // 100 and 80: spread 20 > 10
            ScoringEngine spread = ScoringEngine.with(ScoringPolicy.builder().maxSpread(10).build());
            ScoreResult r = spread.score(SMALL, eval().member("m1", small(3, 3, 3)).member("m2", small(2, 3, 3))
                    .member("m3", small(3, 3, 3)).build());
            assertThat(r.getOutcome()).isEqualTo(Outcome.NOT_FINAL);
            assertThat(r.getNotFinalReasons()).containsExactly(ResultNote.of(NoteCode.SPREAD_TOO_WIDE, 80, 100, 20, 10));
            assertThat(r.getNotFinalReasons().get(0).text(Locale.ENGLISH)).contains("needs re-discussion");
            assertThat(r.getStars()).contains(StarRating.FIVE);
            assertThat(r.isRecognisable()).isFalse();
            // spread exactly 10 is allowed: 100 and 90
            assertThat(spread.score(SMALL, eval().member("m1", small(3, 3, 3)).member("m2", small(3, 2, 3))
                    .build()).getOutcome()).isEqualTo(Outcome.RANKED);
        }

        @Test
        void quorumAndChair() {
            ScoringEngine quorum = ScoringEngine.with(ScoringPolicy.builder().quorum(ScoringPolicy.Quorum.of(3, 4, true)).build());
            Fixtures.Eval four = eval().member("a", small(3, 3, 3)).member("b", small(3, 3, 3))
                    .member("c", small(3, 3, 3)).member("d", small(3, 3, 3));
            assertThat(quorum.score(SMALL, four.present(List.of("a", "b", "c"), "a").build()).getOutcome())
                    .isEqualTo(Outcome.RANKED);
            ScoreResult two = quorum.score(SMALL, four.present(List.of("a", "b"), "a").build());
            assertThat(two.getOutcome()).isEqualTo(Outcome.NOT_FINAL);
            assertThat(two.getNotFinalReasons()).contains(ResultNote.of(NoteCode.NO_QUORUM, 2, 4, 3, 4));
            assertThat(two.getNotFinalReasons()).anyMatch(s -> s.text(Locale.ENGLISH).contains("2 of 4"));
            ScoreResult noChair = quorum.score(SMALL, four.present(List.of("b", "c", "d"), "a").build());
            assertThat(noChair.getNotFinalReasons()).containsExactly(ResultNote.of(NoteCode.CHAIR_ABSENT, "a"));
            assertThat(noChair.getNotFinalReasons().get(0).text(Locale.ENGLISH)).contains("chair a is not present");
        }

        @Test
        void fiveStarPotentialOnlyForProvincialCouncils() {
            assertThat(score(SMALL, eval().member("m1", small(3, 3, 3)).level(AuthorityLevel.CENTRAL))
                    .isFiveStarPotential()).isFalse();
            // 40 + 15 + 35 = 90 at province: potential even though the 5★ gate fails
            assertThat(score(SMALL, eval().member("m1", small(3, 2, 3))).isFiveStarPotential()).isTrue();
            // 40 + 15 + 20 = 75
            assertThat(score(SMALL, eval().member("m1", small(3, 2, 2))).isFiveStarPotential()).isFalse();
        }
    }

    @Nested
    class Errors {
        @Test
        void choicesThatDoNotFitTheSheetAreValidationErrors() {
            assertThatThrownBy(() -> score(SMALL, eval().member("m1", Map.of("1.1", 9, "2.1", 0, "3.1", 0))))
                    .isInstanceOf(OcopValidationException.class).hasMessageContaining("1.1");
            assertThatThrownBy(() -> score(SMALL, eval().member("m1", Map.of("1.1", 0, "2.1", 0))))
                    .isInstanceOf(OcopValidationException.class).hasMessageContaining("3.1");
            assertThatThrownBy(() -> score(SMALL, eval().member("m1", Map.of("1.1", 0, "2.1", 0, "3.1", 0, "9.9", 1))))
                    .isInstanceOf(OcopValidationException.class).hasMessageContaining("9.9");
        }

        @Test
        void totalsOnlyRulebookCannotScoreCriteriaButCanBand() {
            Rulebook totals = Fixtures.rulebook(Completeness.TOTALS_ONLY);
            assertThatThrownBy(() -> ENGINE.score(totals, eval().member("m1", small(0, 0, 0)).build()))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("totals-only")
                    .hasMessageContaining("bandOf");
            // 70 + 69 = 139 / 2 = 69.5 → 3★
            assertThat(ScoringEngine.bandOf(totals, 70, 69)).isEqualTo(StarRating.THREE);
            assertThat(ScoringEngine.bandOf(totals, 70, 70)).isEqualTo(StarRating.FOUR);
            assertThat(totals.bandOf(new BigDecimal("69.5"))).isEqualTo(StarRating.THREE);
        }

        @Test
        void realTotalsOnlyRulebook1048() {
            Rulebook r1048 = org.ocop.scoring.rulebooks.Rulebooks.byId("QD-1048-2019").orElseThrow();
            assertThatThrownBy(() -> ENGINE.score(r1048, eval().member("m1", small(0, 0, 0)).build()))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("QD-1048-2019 is totals-only");
            // ⚖ 1048's printed integer bands read as the same half-open bands: 69.5 → 3★, 70 → 4★
            assertThat(ScoringEngine.bandOf(r1048, 70, 69)).isEqualTo(StarRating.THREE);
            assertThat(ScoringEngine.bandOf(r1048, 70)).isEqualTo(StarRating.FOUR);
        }

        @Test
        void missingSheetIsAScoringException() {
            Rulebook other = Fixtures.rulebook(Fixtures.sheet(2, Fixtures.small().getParts().toArray(new org.ocop.core.rules.SheetPart[0])));
            assertThatThrownBy(() -> ENGINE.score(other, eval().member("m1", small(0, 0, 0)).build()))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("no criteria sheet 1");
        }

        @Test
        void unknownPointsAreAScoringExceptionAndIncompleteSheetsWarn() {
            CriterionOption unreadable = CriterionOption.builder().text(LocalizedText.of("?")).points(0)
                    .pointsKnown(false).printed("l").build();
            Criterion odd = Criterion.builder().code("3.1").name(LocalizedText.of("odd")).maxPoints(35)
                    .addOptions(Fixtures.opt(0), unreadable, Fixtures.opt(35)).minStar(StarRating.FOUR).build();
            CriteriaSheet sheet = CriteriaSheet.builder().number(1).name(LocalizedText.of("odd sheet"))
                    .addParts(Fixtures.small().getParts().get(0), Fixtures.small().getParts().get(1),
                            Fixtures.part(PartCode.C, Fixtures.group("3", odd)))
                    .incompleteReason("sheet 1 option unreadable").build();
            Rulebook rb = Fixtures.rulebook(Completeness.TRANSCRIBED, sheet);
            assertThatThrownBy(() -> ENGINE.score(rb, eval().member("m1", small(3, 3, 1)).build()))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("3.1").hasMessageContaining("'l'");
            ScoreResult r = ENGINE.score(rb, eval().member("m1", small(3, 3, 2)).build());
            assertThat(r.getWarnings()).extracting(ResultNote::getCode).contains(NoteCode.SHEET_INCOMPLETE,
                    NoteCode.RULEBOOK_TRANSCRIBED, NoteCode.CRITERION_LEVEL_STAR);
            assertThat(r.getWarnings()).extracting(w -> w.text(Locale.ENGLISH))
                    .anyMatch(w -> w.contains("incomplete"))
                    .anyMatch(w -> w.contains("transcription"))
                    .anyMatch(w -> w.contains("3.1 (4★)") && w.contains("not applied"));
            assertThat(r.getStars()).contains(StarRating.FIVE);
        }
    }
}
