package org.ocop.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.test.OcopAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.product.ProducerType;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.registry.RegistryFiles;
import org.ocop.examples.registry.SampleProvince;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.report.RegistryReport;
import org.ocop.scoring.rulebooks.Rulebooks;

/** The bundled samples: up to date with their definitions, and reaching the rank each was designed for. */
class SamplesTest {

    private final Rulebook rules = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();

    @Test
    void committedDocumentsMatchTheirGenerator() throws IOException {
        for (Map.Entry<String, String> doc : SampleWriter.documents().entrySet()) {
            try (InputStream in = SamplesTest.class.getResourceAsStream("/" + doc.getKey())) {
                assertThat(in).as(doc.getKey() + " is bundled (regenerate with SampleWriter)").isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(doc.getKey())
                        .isEqualTo(doc.getValue());
            }
        }
        assertThat(Samples.all()).extracting(Samples.Sample::name)
                .containsExactlyElementsOf(SampleCatalogue.all().stream().map(SampleCatalogue.Definition::name).toList());
    }

    @Test
    void everySampleReachesItsIntendedRankUnderQd26() {
        for (SampleCatalogue.Definition d : SampleCatalogue.all()) {
            Evaluation ev = Samples.byName(d.name()).orElseThrow().evaluation();
            assertThat(ev.getMemberScores()).as(d.name() + " council size").hasSizeBetween(5, 7);
            assertThat(Rulebooks.forSubmission(ev.getSubmittedOn(), ev.getType(), ev.getEvaluatedOn().orElseThrow())
                    .getId()).isEqualTo(Rulebooks.QD_26_2026);
            ScoreResult r = ScoringEngine.standard().score(rules, ev);
            assertThat(r).as(d.name()).hasStars(d.intended().stars()).isRecognisable();
        }
    }

    @Test
    void theCappedAndTheFiveStarSamplesShowWhy() {
        ScoreResult jerky = ScoringEngine.standard().score(rules, Samples.byName("beef-jerky").orElseThrow().evaluation());
        // every member chose option 1 on 1.5, below the 4★-marked option 2: band 4★ (74.83), rank 3★
        assertThat(jerky).hasBand(4).hasStars(3).failsGate("1.5").meetsAllGatesFor(3);
        ScoreResult vermicelli = ScoringEngine.standard().score(rules,
                Samples.byName("rice-vermicelli").orElseThrow().evaluation());
        assertThat(vermicelli).hasStars(5).meetsAllGates().isFiveStarPotential();
        ScoreResult nem = ScoringEngine.standard().score(rules,
                Samples.byName("fermented-pork-roll").orElseThrow().evaluation());
        assertThat(nem).hasStars(3);
        assertThat(Samples.byName("fermented-pork-roll").orElseThrow().evaluation().getMemberScores())
                .allSatisfy(m -> assertThat(m.getChoices()).as("no story: 5.2 left out").doesNotContainKey("5.2"));
    }

    @Test
    void theSampleProvinceHasTheReportedCounts() {
        RegistryReport report = RegistryFiles.toRegistry("sample", SampleProvince.document())
                .reportOn(SampleProvince.REPORT_ON);
        // the seed: 261 products, 48 at 4★ and 213 at 3★; 178 producers: 44 enterprises, 73 cooperatives,
        // 61 business households
        assertThat(report.byStar().getTotal()).isEqualTo(261);
        assertThat(report.byStar().count(StarRating.FOUR)).isEqualTo(48);
        assertThat(report.byStar().count(StarRating.THREE)).isEqualTo(213);
        assertThat(report.getProducerCount()).isEqualTo(178);
        assertThat(report.getProducersByType()).containsEntry(ProducerType.ENTERPRISE, 44)
                .containsEntry(ProducerType.COOPERATIVE, 73).containsEntry(ProducerType.BUSINESS_HOUSEHOLD, 61);
    }
}
