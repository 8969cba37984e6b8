package org.ocop.scoring.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.scoring.RecognitionPolicy;
import org.ocop.scoring.lifecycle.LifecyclePolicy;

/**
 * ILLUSTRATIVE test fixture: a deterministic province registry built from the seeds' real totals
 * (docs/rules.md §5: "261 products: 48 at 4★, 213 at 3★; 178 producers: 44 enterprises, 73
 * cooperatives, 61 business households"). Only those totals are real; names, codes, communes, product sets,
 * dates and the spread of products over producers are invented by the generator below. Reusable: a later
 * step turns {@link #products()} and {@link #events()} into a JSON sample.
 *
 * <p>Generation (all deterministic): producers 0..177 are 44 enterprises, then 73 cooperatives, then 61
 * business households, spread over 12 communes of province "99". Product {@code i} (0..260) belongs to
 * producer {@code i mod 178} (so producers 0..82 hold two products, the others one), is of product set
 * {@code i mod 26 + 1}, is 4★ when {@code 48·i mod 261 < 48} (exactly 48 products, since gcd(48, 261) = 3
 * gives each multiple of 3 below 261 three times and 16 of them are below 48) and 3★ otherwise, and was
 * recognised on 30 June of 2023, 2024 or 2025 ({@code i mod 3}) by the level {@link RecognitionPolicy} gives
 * under 148/QĐ-TTg. Every certificate is in force on {@link #REPORT_DAY}.
 */
final class SampleProvinceRegistry {

    /** The day the sample's totals hold (all certificates valid: the oldest expires 30 Jun 2026). */
    static final LocalDate REPORT_DAY = LocalDate.of(2025, 12, 31);
    static final int PRODUCTS = 261;
    static final int FOUR_STAR = 48;
    static final int PRODUCERS = 178;
    static final int ENTERPRISES = 44;
    static final int COOPERATIVES = 73;
    static final int HOUSEHOLDS = 61;
    static final String PROVINCE = "99";

    private final List<Producer> producers = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<LifecycleEvent> events = new ArrayList<>();

    SampleProvinceRegistry() {
        for (int p = 0; p < PRODUCERS; p++) {
            ProducerType type = p < ENTERPRISES ? ProducerType.ENTERPRISE
                    : p < ENTERPRISES + COOPERATIVES ? ProducerType.COOPERATIVE : ProducerType.BUSINESS_HOUSEHOLD;
            producers.add(Producer.builder().id("PR-" + p).legalName("Chủ thể minh họa " + p).type(type)
                    .address(Address.builder().provinceCode(PROVINCE).communeCode(String.valueOf(100 + p % 12))
                            .provinceName("Tỉnh minh họa").build())
                    .build());
        }
        RecognitionPolicy recognition = RecognitionPolicy.forRulebook("QD-148-2023");
        for (int i = 0; i < PRODUCTS; i++) {
            Product product = Product.builder().id("SP-" + i).name(LocalizedText.of("Sản phẩm minh họa " + i))
                    .productSet(ProductSet.ofSheet(i % 26 + 1)).producer(producers.get(i % PRODUCERS)).build();
            products.add(product);
            StarRating rank = (48 * i) % PRODUCTS < FOUR_STAR ? StarRating.FOUR : StarRating.THREE;
            LocalDate issued = LocalDate.of(2023 + i % 3, 6, 30);
            Certificate c = LifecyclePolicy.standard().issue(org.ocop.scoring.lifecycle.CertificateRequest.builder()
                    .productId(product.getId()).rank(rank).issuerLevel(recognition.levelFor(rank, issued).orElseThrow())
                    .authority("UBND minh họa").decisionNumber(i + "/QĐ-UBND").issuedOn(issued).rulebookId("QD-148-2023")
                    .build());
            events.add(LifecycleEvent.recognised(c));
        }
    }

    /** @return the 261 products, each with its producer */
    List<Product> products() {
        return List.copyOf(products);
    }

    /** @return the 178 producers */
    List<Producer> producers() {
        return List.copyOf(producers);
    }

    /** @return one RECOGNISED event per product */
    List<LifecycleEvent> events() {
        return List.copyOf(events);
    }

    /** @return the registry of the sample */
    Registry registry() {
        return Registry.of(products, events);
    }
}
