package org.ocop.test.recount;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.scoring.rulebooks.Rulebooks;
import org.ocop.test.conformance.CaseReader;
import org.ocop.test.conformance.ConformanceCase;
import org.ocop.test.conformance.ExactAverage;
import org.ocop.test.conformance.Expectation;

/**
 * Every shipped case, the hand-written ones included, agrees with the independent {@link Recount} on every
 * fact the recount computes; the suite covers what the issue asks (sheets, council sizes, band edges).
 */
class CasesAgreeWithRecountTest {

    static final List<ConformanceCase> CASES = CaseReader.standard().getShippedCases();

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithTheRecount() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
            List<String> d = differences(c);
            assertThat(d).as(c.getName() + ": " + c.getWhy()).isEmpty();
        }));
    }

    static List<String> differences(ConformanceCase c) {
        List<Map<String, Integer>> members = c.getMembers().stream().map(MemberScores::getChoices).toList();
        List<String> ko = c.getKnockouts().stream().map(k -> k.getCode().orElse("")).toList();
        Recount.Result r = Recount.of(c.getRulebookId()).score(c.getSheetNumber(), members, ko,
                c.getPolicyOptions().getOrDefault("gates", "STRICT_MAJORITY"),
                c.getPolicyOptions().getOrDefault("knockouts", "DISQUALIFY"),
                Integer.parseInt(c.getPolicyOptions().getOrDefault("maxSpread", "-1")), c.getCouncilLevel().name(),
                c.getEvaluatedOn().orElse(c.getSubmittedOn()));
        Expectation x = c.getExpectation();
        List<String> d = new ArrayList<>();
        x.getAverage().filter(a -> !a.equals(ExactAverage.of(r.sum, r.members)))
                .ifPresent(a -> d.add("average " + a + " vs recount " + r.sum + "/" + r.members));
        x.getBand().filter(b -> b != r.band).ifPresent(b -> d.add("band " + b + " vs recount " + r.band));
        x.getStars().filter(s -> s != r.stars).ifPresent(s -> d.add("stars " + s + " vs recount " + r.stars));
        x.getOutcome().filter(o -> !o.name().equals(r.outcome)).ifPresent(o -> d.add("outcome " + o + " vs recount " + r.outcome));
        x.getFailedGates().filter(g -> !new TreeSet<>(g).equals(r.failedCodes()))
                .ifPresent(g -> d.add("failed gates " + g + " vs recount " + r.failedCodes()));
        x.getRecognisable().filter(v -> v != r.recognisable).ifPresent(v -> d.add("recognisable " + v + " vs recount"));
        x.getLevel().filter(l -> !Optional.ofNullable(r.level).equals(Optional.of(l.name())))
                .ifPresent(l -> d.add("level " + l + " vs recount " + r.level));
        x.getFiveStarPotential().filter(v -> v != r.fiveStarPotential).ifPresent(v -> d.add("5★ potential " + v + " vs recount"));
        x.getMemberTotals().filter(t -> !t.equals(r.totals)).ifPresent(t -> d.add("totals " + t + " vs recount " + r.totals));
        return d;
    }

    @Test
    void theRulebookOfEveryCaseIsTheOneTheTransitionRuleSelects() {
        for (ConformanceCase c : CASES) {
            assertThat(Rulebooks.forSubmission(c.getSubmittedOn(), c.getEvaluationType(), c.getEvaluatedOn().orElse(c.getSubmittedOn()))
                    .getId()).as(c.getName()).isEqualTo(c.getRulebookId());
        }
    }

    @Test
    void theSuiteCoversEverySheetCouncilSizeAndBandEdge() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(100);
        assertThat(CASES).allMatch(c -> !c.getWhy().isBlank());
        for (int n = 1; n <= 26; n++) {
            int sheet = n;
            assertThat(CASES).as("QD-26-2026 sheet " + n).anyMatch(c -> c.getRulebookId().equals("QD-26-2026") && c.getSheetNumber() == sheet);
            if (Recount.of("QD-148-2023").complete(n)) {
                assertThat(CASES).as("QD-148-2023 sheet " + n).anyMatch(c -> c.getRulebookId().equals("QD-148-2023") && c.getSheetNumber() == sheet);
            }
        }
        for (int size : new int[] {1, 3, 5, 6, 7, 9}) {
            assertThat(CASES).as("council of " + size).anyMatch(c -> c.getMembers().size() == size);
        }
        for (String edge : new String[] {"50", "70", "90", "149/3", "209/3", "269/3", "349/7", "489/7", "629/7", "449/9", "629/9", "809/9"}) {
            ExactAverage a = ExactAverage.parse(edge);
            assertThat(CASES).as("an average of " + a).anyMatch(c -> c.getExpectation().getAverage().equals(Optional.of(a)));
        }
        assertThat(CASES).as("knock-out kinds").anyMatch(c -> c.getKnockouts().stream().anyMatch(k -> k.getCode().isEmpty()))
                .anyMatch(c -> c.getKnockouts().stream().map(KnockoutFinding::getCode).anyMatch(k -> k.equals(Optional.of("6.1.1"))))
                .anyMatch(c -> c.getPolicyOptions().containsValue("ZERO_REMAINING"));
        assertThat(CASES).as("compact and full forms").anyMatch(c -> c.getName().startsWith("sheet-"))
                .anyMatch(c -> c.getName().startsWith("band-100"));
    }

    @Test
    void theIndexListsEveryCaseFile() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(CaseGeneratorTest.CASES)) {
            files = list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
        }
        assertThat(CaseReader.shippedNames()).containsExactlyElementsOf(files);
    }
}
