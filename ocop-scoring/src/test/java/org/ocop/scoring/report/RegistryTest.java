package org.ocop.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductGroup;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleState;
import org.ocop.core.recognition.RevocationGround;
import org.ocop.scoring.lifecycle.IllegalTransitionException;
import org.ocop.scoring.lifecycle.Lifecycle;
import org.ocop.scoring.lifecycle.LifecyclePolicy;

/** Reports of docs/rules.md §5 on the sample province and on a small hand-made registry. */
class RegistryTest {

    @Test
    void sampleProvinceReproducesTheSeedFigures() {
        SampleProvinceRegistry sample = new SampleProvinceRegistry();
        Registry registry = sample.registry();
        RegistryReport report = registry.reportOn(SampleProvinceRegistry.REPORT_DAY);
        // seeds: 261 products, 48 at 4★, 213 at 3★ (261 - 48 = 213)
        assertThat(report.getActiveCount()).isEqualTo(261);
        assertThat(report.byStar().count(StarRating.FOUR)).isEqualTo(48);
        assertThat(report.byStar().count(StarRating.THREE)).isEqualTo(213);
        assertThat(report.byStar().count(StarRating.FIVE)).isZero();
        // seeds: 178 producers = 44 enterprises + 73 cooperatives + 61 business households
        assertThat(report.getProducerCount()).isEqualTo(178);
        // every producer type has an entry, 0 where the province has none
        assertThat(report.getProducersByType()).containsOnlyKeys(ProducerType.values()).containsEntry(ProducerType.ENTERPRISE, 44)
                .containsEntry(ProducerType.COOPERATIVE, 73).containsEntry(ProducerType.BUSINESS_HOUSEHOLD, 61)
                .containsEntry(ProducerType.FARM, 0);
        assertThat(report.byProducerType()).containsOnlyKeys(ProducerType.values());
        assertThat(report.byProducerType().get(ProducerType.FARM).count(StarRating.FOUR)).isZero();
        assertThat(report.bySet()).containsOnlyKeys(ProductSet.values());
        assertThat(report.byGroup()).containsOnlyKeys(ProductGroup.values());
        assertThat(report.byState()).containsOnlyKeys(LifecycleState.values());
        assertThat(report.province("no such province").getTotal()).isZero();
        assertThat(report.yearOfIssue(1999).getTotal()).isZero();
        assertThat(registry.getProducersByType()).isEqualTo(report.getProducersByType());
        // products per producer type: enterprises 0..43 all hold two products (i mod 178 for i < 261 gives
        // producers 0..82 twice) = 88; cooperatives 44..116: 44..82 twice (39·2) + 83..116 once (34) = 112;
        // households 117..177 once = 61; 88 + 112 + 61 = 261
        assertThat(report.byProducerType().get(ProducerType.ENTERPRISE).getTotal()).isEqualTo(88);
        assertThat(report.byProducerType().get(ProducerType.COOPERATIVE).getTotal()).isEqualTo(112);
        assertThat(report.byProducerType().get(ProducerType.BUSINESS_HOUSEHOLD).getTotal()).isEqualTo(61);
        // issue years i mod 3: 261 = 3·87, so 87 each in 2023, 2024, 2025
        assertThat(report.byYearOfIssue().keySet()).containsExactly(2023, 2024, 2025);
        assertThat(report.byYearOfIssue().values()).allMatch(c -> c.getTotal() == 87);
        assertThat(report.getIssuedByYear()).isEqualTo(report.byYearOfIssue());
        assertThat(report.byProvince().get("99").getTotal()).isEqualTo(261);
        assertThat(report.byCommune()).hasSize(12);
        assertThat(report.byCommune().values().stream().mapToInt(StarCounts::getTotal).sum()).isEqualTo(261);
        // product sets i mod 26: 261 = 26·10 + 1, so sheet 1 gets 11 products and the others 10
        assertThat(report.bySet().get(ProductSet.ofSheet(1)).getTotal()).isEqualTo(11);
        assertThat(report.bySet().get(ProductSet.ofSheet(26)).getTotal()).isEqualTo(10);
        assertThat(report.byGroup().values().stream().mapToInt(StarCounts::getTotal).sum()).isEqualTo(261);
        assertThat(report.count(LifecycleState.RECOGNISED) + report.count(LifecycleState.EXPIRING)).isEqualTo(261);
        // products of 2023 (30 Jun 2023 -> expiry 30 Jun 2026, window opens 1 Jan 2026:
        // 30 (Jan) ... 1 Jan 2026 -> 30 Jun 2026 = 30 + 28 + 31 + 30 + 31 + 30 = 180) enter their window in Q1 2026
        List<ReEvaluationDue> q1 = registry.enteringReEvaluationWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(q1).hasSize(87).allMatch(d -> d.getSchedule().getWindowOpens().equals(LocalDate.of(2026, 1, 1)));
        assertThat(q1.get(0).getFiledOn()).isEmpty();
        assertThat(registry.enteringReEvaluationWindow(LocalDate.of(2026, 1, 2), 90)).isEmpty();
    }

    // ---- a small hand-made registry ----

    private static Producer producer(String id, ProducerType type, String commune) {
        return Producer.builder().id(id).legalName("Chủ thể " + id).type(type)
                .address(Address.builder().provinceCode("10").communeCode(commune).build()).build();
    }

    private static Product product(String id, ProductSet set, Producer producer) {
        return Product.builder().id(id).name(LocalizedText.of("Sản phẩm " + id)).productSet(set).producer(producer).build();
    }

    private static Certificate cert(String productId, StarRating rank, LocalDate issued) {
        return LifecyclePolicy.standard().issue(org.ocop.scoring.lifecycle.CertificateRequest.builder()
                .productId(productId).rank(rank)
                .issuerLevel(rank == StarRating.FIVE ? AuthorityLevel.CENTRAL : AuthorityLevel.PROVINCE)
                .authority("UBND tỉnh Mẫu").decisionNumber(productId + "/" + issued).issuedOn(issued)
                .rulebookId("QD-26-2026").build());
    }

    @Test
    void activeExpiredRevokedAndWindowOnADay() {
        Producer coop = producer("C", ProducerType.COOPERATIVE, "1");
        Producer firm = producer("E", ProducerType.SMALL_MEDIUM_ENTERPRISE, "2");
        List<Product> products = List.of(product("A", ProductSet.TEA, coop), product("B", ProductSet.HANDICRAFTS, coop),
                product("X", ProductSet.FLOWERS, firm), product("D", ProductSet.TEA, firm), product("N", ProductSet.TEA, firm));
        Certificate a = cert("A", StarRating.FOUR, LocalDate.of(2026, 6, 15)); // expires 15 Jun 2029, window 17 Dec 2028
        Certificate b = cert("B", StarRating.THREE, LocalDate.of(2026, 7, 1)); // revoked: conclusion 1 Mar 2027 -> 16 Mar 2027
        Certificate x = cert("X", StarRating.THREE, LocalDate.of(2023, 1, 10)); // expires 10 Jan 2026
        Certificate dd = cert("D", StarRating.FIVE, LocalDate.of(2027, 1, 5));
        List<LifecycleEvent> events = new ArrayList<>(List.of(LifecycleEvent.recognised(a), LifecycleEvent.recognised(b),
                LifecycleEvent.recognised(x), LifecycleEvent.recognised(dd),
                Lifecycle.standard().revoke(b, RevocationGround.MARK_MISUSE, LocalDate.of(2027, 3, 1), "UBND tỉnh Mẫu")));
        Registry registry = Registry.of(products, events);
        RegistryReport r = registry.reportOn(LocalDate.of(2027, 6, 1));
        assertThat(r.getProductCount()).isEqualTo(5);
        assertThat(r.getActiveCount()).isEqualTo(2); // A (4★) and D (5★)
        assertThat(r.count(LifecycleState.RECOGNISED)).isEqualTo(2);
        assertThat(r.count(LifecycleState.REVOKED)).isEqualTo(1);
        assertThat(r.count(LifecycleState.EXPIRED)).isEqualTo(1);
        assertThat(r.byState().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4); // N never recognised
        assertThat(r.byGroup().get(ProductGroup.FOOD).asMap()).containsOnlyKeys(StarRating.FOUR, StarRating.FIVE);
        assertThat(r.byProducerType().get(ProducerType.COOPERATIVE).count(StarRating.FOUR)).isEqualTo(1);
        assertThat(r.byProducerType().get(ProducerType.SMALL_MEDIUM_ENTERPRISE).count(StarRating.FIVE)).isEqualTo(1);
        assertThat(r.getProducersByType()).containsEntry(ProducerType.COOPERATIVE, 1).containsEntry(ProducerType.SMALL_MEDIUM_ENTERPRISE, 1);
        assertThat(r.byCommune()).containsOnlyKeys(CommuneKey.of("10", "1"), CommuneKey.of("10", "2"));
        // issued up to 1 Jun 2027: 2023 (X), 2026 (A, B), 2027 (D)
        assertThat(r.getIssuedByYear().get(2026).getTotal()).isEqualTo(2);
        assertThat(r.getIssuedByYear().keySet()).containsExactly(2023, 2026, 2027);
        assertThat(registry.history("N").stateOn(LocalDate.of(2027, 6, 1))).isEmpty();
        assertThat(registry.product("A")).isPresent();
        assertThat(registry.getProductCount()).isEqualTo(5);
        assertThat(registry.getProducts()).hasSize(5);
        // before the revocation (effective 16 Mar 2027) B was still active
        assertThat(registry.reportOn(LocalDate.of(2027, 3, 15)).getActiveCount()).isEqualTo(3);
        // A's window opens 17 Dec 2028: inside the 30 days from 1 Dec 2028 (1..30 Dec), not from 18 Dec
        assertThat(registry.enteringReEvaluationWindow(LocalDate.of(2028, 12, 1), 30))
                .extracting(d -> d.getProduct().getId()).containsExactly("A");
        assertThat(registry.enteringReEvaluationWindow(LocalDate.of(2028, 12, 18), 30)).isEmpty();
        assertThat(r.toString()).contains("2 recognised of 5");
        // A's notice day: 15 Jun 2029 - 30 days = 16 May 2029
        assertThat(registry.noticesDue(LocalDate.of(2029, 5, 1), LocalDate.of(2029, 5, 31)))
                .extracting(d -> d.getSchedule().getNoticeBy()).containsExactly(LocalDate.of(2029, 5, 16));
    }

    @Test
    void overdueReEvaluationDecisions() {
        Producer coop = producer("C", ProducerType.COOPERATIVE, "1");
        Certificate a = cert("A", StarRating.FOUR, LocalDate.of(2026, 6, 15)); // window 17 Dec 2028 .. 15 Feb 2029
        Registry registry = Registry.of(List.of(product("A", ProductSet.TEA, coop)),
                List.of(LifecycleEvent.recognised(a), LifecycleEvent.reEvaluationFiled("A", LocalDate.of(2029, 1, 10))));
        // filed 10 Jan 2029: deadline 24 Feb 2029 (21 + 24 days); overdue from 25 Feb
        assertThat(registry.overdueReEvaluations(LocalDate.of(2029, 2, 24))).isEmpty();
        assertThat(registry.overdueReEvaluations(LocalDate.of(2029, 2, 25)))
                .extracting(d -> d.getFiledOn().orElseThrow()).containsExactly(LocalDate.of(2029, 1, 10));
    }

    @Test
    void badInputIsRejected() {
        Producer coop = producer("C", ProducerType.COOPERATIVE, "1");
        Product a = product("A", ProductSet.TEA, coop);
        assertThatThrownBy(() -> Registry.of(List.of(a, a), List.of())).hasMessageContaining("Duplicate product id");
        assertThatThrownBy(() -> Registry.of(List.of(a), List.of(LifecycleEvent.recognised(cert("Z", StarRating.THREE,
                LocalDate.of(2026, 6, 1)))))).hasMessageContaining("unknown product Z");
        Certificate c = cert("A", StarRating.THREE, LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> Registry.of(List.of(a), List.of(LifecycleEvent.recognised(c), LifecycleEvent.recognised(c))))
                .isInstanceOf(IllegalTransitionException.class);
        Registry r = Registry.of(List.of(a), List.of());
        assertThatThrownBy(() -> r.history("nope")).hasMessageContaining("Unknown product");
        assertThatThrownBy(() -> r.enteringReEvaluationWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> r.enteringReEvaluationWindow(LocalDate.of(2026, 2, 1), 0)).hasMessageContaining("at least 1");
    }

    @Test
    void hundredThousandRecordsInOnePass() {
        // 100,000 products over 1,000 producers; product i is 3★, 4★ or 5★ by i mod 3 and issued in 2025
        List<Producer> producers = new ArrayList<>();
        for (int p = 0; p < 1000; p++) {
            producers.add(producer("P" + p, ProducerType.values()[p % ProducerType.values().length], String.valueOf(p % 50)));
        }
        List<Product> products = new ArrayList<>();
        List<LifecycleEvent> events = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            products.add(product("S" + i, ProductSet.values()[i % 26], producers.get(i % 1000)));
            events.add(LifecycleEvent.recognised(cert("S" + i, StarRating.of(3 + i % 3), LocalDate.of(2025, 1 + i % 12, 1))));
        }
        RegistryReport r = Registry.of(products, events).reportOn(LocalDate.of(2026, 1, 1));
        // 100,000 = 3·33,333 + 1: i mod 3 = 0 (3★) gets 33,334, 4★ and 5★ 33,333 each
        assertThat(r.byStar().count(StarRating.THREE)).isEqualTo(33_334);
        assertThat(r.byStar().count(StarRating.FIVE)).isEqualTo(33_333);
        assertThat(r.getProducerCount()).isEqualTo(1000);
        assertThat(r.byCommune()).hasSize(50);
    }
}
