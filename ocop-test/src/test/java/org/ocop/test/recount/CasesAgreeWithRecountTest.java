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

    static final List<ConformanceCase> CASES = CaseReader.standard().shipped();

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithTheRecount() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<String> d = differences(c);
            assertThat(d).as(c.name() + ": " + c.why()).isEmpty();
        }));
    }

    static List<String> differences(ConformanceCase c) {
        List<Map<String, Integer>> members = c.members().stream().map(MemberScores::getChoices).toList();
        List<String> ko = c.knockouts().stream().map(k -> k.getCode().orElse("")).toList();
        Recount.Result r = Recount.of(c.rulebookId()).score(c.sheetNumber(), members, ko,
                c.policyOptions().getOrDefault("gates", "STRICT_MAJORITY"),
                c.policyOptions().getOrDefault("knockouts", "DISQUALIFY"),
                Integer.parseInt(c.policyOptions().getOrDefault("maxSpread", "-1")), c.councilLevel().name(),
                c.evaluatedOn().orElse(c.submittedOn()));
        Expectation x = c.expectation();
        List<String> d = new ArrayList<>();
        x.average().filter(a -> !a.equals(ExactAverage.of(r.sum, r.members)))
                .ifPresent(a -> d.add("average " + a + " vs recount " + r.sum + "/" + r.members));
        x.band().filter(b -> b != r.band).ifPresent(b -> d.add("band " + b + " vs recount " + r.band));
        x.stars().filter(s -> s != r.stars).ifPresent(s -> d.add("stars " + s + " vs recount " + r.stars));
        x.outcome().filter(o -> !o.name().equals(r.outcome)).ifPresent(o -> d.add("outcome " + o + " vs recount " + r.outcome));
        x.failedGates().filter(g -> !new TreeSet<>(g).equals(r.failedCodes()))
                .ifPresent(g -> d.add("failed gates " + g + " vs recount " + r.failedCodes()));
        x.recognisable().filter(v -> v != r.recognisable).ifPresent(v -> d.add("recognisable " + v + " vs recount"));
        x.level().filter(l -> !Optional.ofNullable(r.level).equals(Optional.of(l.name())))
                .ifPresent(l -> d.add("level " + l + " vs recount " + r.level));
        x.fiveStarPotential().filter(v -> v != r.fiveStarPotential).ifPresent(v -> d.add("5★ potential " + v + " vs recount"));
        x.memberTotals().filter(t -> !t.equals(r.totals)).ifPresent(t -> d.add("totals " + t + " vs recount " + r.totals));
        return d;
    }

    @Test
    void theRulebookOfEveryCaseIsTheOneTheTransitionRuleSelects() {
        for (ConformanceCase c : CASES) {
            assertThat(Rulebooks.forSubmission(c.submittedOn(), c.evaluationType(), c.evaluatedOn().orElse(c.submittedOn()))
                    .getId()).as(c.name()).isEqualTo(c.rulebookId());
        }
    }

    @Test
    void theSuiteCoversEverySheetCouncilSizeAndBandEdge() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(100);
        assertThat(CASES).allMatch(c -> !c.why().isBlank());
        for (int n = 1; n <= 26; n++) {
            int sheet = n;
            assertThat(CASES).as("QD-26-2026 sheet " + n).anyMatch(c -> c.rulebookId().equals("QD-26-2026") && c.sheetNumber() == sheet);
            if (Recount.of("QD-148-2023").complete(n)) {
                assertThat(CASES).as("QD-148-2023 sheet " + n).anyMatch(c -> c.rulebookId().equals("QD-148-2023") && c.sheetNumber() == sheet);
            }
        }
        for (int size : new int[] {1, 3, 5, 6, 7, 9}) {
            assertThat(CASES).as("council of " + size).anyMatch(c -> c.members().size() == size);
        }
        for (String edge : new String[] {"50", "70", "90", "149/3", "209/3", "269/3", "349/7", "489/7", "629/7", "449/9", "629/9", "809/9"}) {
            ExactAverage a = ExactAverage.parse(edge);
            assertThat(CASES).as("an average of " + a).anyMatch(c -> c.expectation().average().equals(Optional.of(a)));
        }
        assertThat(CASES).as("knock-out kinds").anyMatch(c -> c.knockouts().stream().anyMatch(k -> k.getCode().isEmpty()))
                .anyMatch(c -> c.knockouts().stream().map(KnockoutFinding::getCode).anyMatch(k -> k.equals(Optional.of("6.1.1"))))
                .anyMatch(c -> c.policyOptions().containsValue("ZERO_REMAINING"));
        assertThat(CASES).as("compact and full forms").anyMatch(c -> c.name().startsWith("sheet-"))
                .anyMatch(c -> c.name().startsWith("band-100"));
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
