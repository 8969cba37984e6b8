package org.ocop.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.StarRating;
import org.ocop.core.product.ProducerType;

/** Keeps the README's province-report example compiling and true on the sample province. */
class ReadmeExampleTest {

    @Test
    void quarterlyReEvaluationsAndFourStarsByProducerType() {
        SampleProvinceRegistry sample = new SampleProvinceRegistry();
        // --- README example ---
        Registry registry = Registry.of(sample.products(), sample.events());

        // Which certificates need re-evaluation this quarter (their window opens in Q1 2026)?
        LocalDate quarter = LocalDate.of(2026, 1, 1);
        List<ReEvaluationDue> due = registry.enteringReEvaluationWindow(quarter, quarter.plusMonths(3).minusDays(1));

        // How many 4★ products does each producer type hold (on 31 Dec 2025)?
        RegistryReport report = registry.reportOn(LocalDate.of(2025, 12, 31));
        Map<ProducerType, Integer> fourStars = new EnumMap<>(ProducerType.class);
        report.byProducerType().forEach((type, stars) -> fourStars.put(type, stars.count(StarRating.FOUR)));
        // --- end ---

        // the 87 certificates issued 30 Jun 2023 expire 30 Jun 2026; their window closes 120 days before:
        // 2 Mar -> 30 Jun 2026 = 29 (Mar) + 30 + 31 + 30 = 120, so 2 Mar 2026
        assertThat(due).hasSize(87);
        assertThat(due.get(0).getSchedule().getWindowCloses()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(fourStars.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
        // every producer type is listed, those without products at 0
        assertThat(fourStars).containsOnlyKeys(ProducerType.values()).containsEntry(ProducerType.FARM, 0);
        assertThat(report.byProducerType().get(ProducerType.COOPERATIVE_GROUP).count(StarRating.FOUR)).isZero();
    }
}
