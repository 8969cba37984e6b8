package org.ocop.examples.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.product.ProducerType;
import org.ocop.core.LocalizedText;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.registry.RegistryProduct;
import org.ocop.core.registry.RegistryRecords;
import org.ocop.scoring.RecognitionPolicy;
import org.ocop.scoring.lifecycle.CertificateRequest;
import org.ocop.scoring.lifecycle.LifecyclePolicy;

/**
 * Generates the bundled sample registry: a province with the counts one province reported ({@code
 * docs/rules.md} §5, from the project's seeds): <b>261 products, 48 at 4★ and 213 at 3★, from 178
 * producers: 44 enterprises, 73 cooperatives and 61 business households</b>.
 *
 * <p><b>Illustrative.</b> Only those totals come from the report; the province ("Tỉnh Minh Họa", code
 * 99), communes, names, product sets, dates and decision numbers are made up, deterministically. Every
 * certificate is still valid on the report day (issued from January 2024, valid 36 months); eight 4★
 * products were first recognised at 3★ and later upgraded.
 */
public final class SampleProvince {

    /** The report day of the sample. */
    public static final LocalDate REPORT_ON = LocalDate.of(2026, 11, 23);
    /** Products in the report. */
    public static final int PRODUCTS = 261;
    /** Of which at 4★. */
    public static final int FOUR_STAR = 48;
    /** Enterprises among the producers. */
    public static final int ENTERPRISES = 44;
    /** Cooperatives among the producers. */
    public static final int COOPERATIVES = 73;
    /** Business households among the producers. */
    public static final int HOUSEHOLDS = 61;
    /** How many 4★ products were upgraded from 3★. */
    public static final int UPGRADED = 8;

    private static final String PROVINCE_CODE = "99";
    private static final String PROVINCE = "Minh Họa";
    private static final LocalDate DECISION_26_2026 = LocalDate.of(2026, 5, 22);

    /** Product sets weighted roughly like provincial OCOP lists: mostly processed foods, then drinks and herbs. */
    private static final ProductSet[] SETS = {
        ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY, ProductSet.PROCESSED_PRODUCE, ProductSet.FRESH_PRODUCE,
        ProductSet.PROCESSED_RICE_CEREALS, ProductSet.TEA, ProductSet.HONEY_AND_OTHER_FARM_FOODS,
        ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY, ProductSet.FRESH_MEAT_SEAFOOD_EGGS_MILK, ProductSet.RICE_CEREALS,
        ProductSet.WHITE_SPIRIT, ProductSet.HERBAL_TEA, ProductSet.PROCESSED_PRODUCE, ProductSet.LIQUID_CONDIMENTS,
        ProductSet.ESSENTIAL_OILS_HERBS, ProductSet.HANDICRAFTS, ProductSet.COFFEE_COCOA, ProductSet.OTHER_SPICES,
        ProductSet.FUNCTIONAL_FOODS_MEDICINES, ProductSet.COMMUNITY_TOURISM, ProductSet.OTHER_NON_ALCOHOLIC_DRINKS,
    };

    private SampleProvince() {}

    /** @return the sample registry: producers, products and the events that issued their certificates */
    public static RegistryRecords document() {
        List<Producer> producers = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES + COOPERATIVES + HOUSEHOLDS; i++) {
            producers.add(producer(i));
        }
        RegistryRecords.Builder registry = RegistryRecords.builder()
                .name("Tỉnh " + PROVINCE + " — sổ theo dõi sản phẩm OCOP (dữ liệu minh họa)").reportOn(REPORT_ON)
                .producers(producers);
        int upgraded = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            // As ocop-scoring's SampleProvinceRegistry fixture: product i belongs to producer i mod 178 (producers
            // 0..82 hold two products), and is 4★ when 48·i mod 261 < 48 (exactly 48 products: gcd(48, 261) = 3).
            Producer producer = producers.get(i % producers.size());
            boolean fourStar = (FOUR_STAR * i) % PRODUCTS < FOUR_STAR;
            ProductSet set = SETS[(i * 7 + i / SETS.length) % SETS.length];
            LocalDate issued = LocalDate.of(2024, 1, 10).plusDays((i * 37L) % 1000);
            String id = String.format("SP-%04d", i + 1);
            registry.addProducts(RegistryProduct.builder().id(id)
                    .name(LocalizedText.of(set.label().getVi() + " — sản phẩm minh họa " + (i + 1)))
                    .productSet(set).producerId(producer.getId()).build());
            if (fourStar && upgraded < UPGRADED && issued.isBefore(LocalDate.of(2025, 6, 1))) {
                registry.addEvents(event(LifecycleEventType.RECOGNISED, id, StarRating.THREE, issued, i, 0));
                registry.addEvents(event(LifecycleEventType.UPGRADED, id, StarRating.FOUR, issued.plusDays(420), i, 1));
                upgraded++;
            } else {
                registry.addEvents(event(LifecycleEventType.RECOGNISED, id, fourStar ? StarRating.FOUR : StarRating.THREE,
                        issued, i, 0));
            }
        }
        return registry.build();
    }

    private static Producer producer(int i) {
        ProducerType type;
        String prefix;
        String name;
        if (i < ENTERPRISES) {
            type = ProducerType.ENTERPRISE;
            prefix = "DN";
            name = "Công ty TNHH Minh họa " + (i + 1);
        } else if (i < ENTERPRISES + COOPERATIVES) {
            type = ProducerType.COOPERATIVE;
            prefix = "HTX";
            name = "Hợp tác xã Minh họa " + (i - ENTERPRISES + 1);
        } else {
            type = ProducerType.BUSINESS_HOUSEHOLD;
            prefix = "HKD";
            name = "Hộ kinh doanh Minh họa " + (i - ENTERPRISES - COOPERATIVES + 1);
        }
        return Producer.builder().id(String.format("%s-%03d", prefix, i + 1)).legalName(name).type(type)
                .address(Address.builder().provinceCode(PROVINCE_CODE)
                        .communeCode(String.format("%05d", 1000 + (i % 24) * 37)).build())
                .build();
    }

    private static LifecycleEvent event(LifecycleEventType event, String productId, StarRating rank, LocalDate day,
            int i, int n) {
        String rulebook = day.isBefore(DECISION_26_2026) ? "QD-148-2023" : "QD-26-2026";
        AuthorityLevel level = RecognitionPolicy.forRulebook(rulebook).levelFor(rank, day).orElseThrow();
        String authority = level == AuthorityLevel.DISTRICT ? "UBND huyện Minh Họa " + (1 + i % 9)
                : "UBND tỉnh " + PROVINCE;
        Certificate certificate = LifecyclePolicy.standard().issue(CertificateRequest.builder().productId(productId)
                .rank(rank).issuerLevel(level).authority(authority)
                .decisionNumber(String.format("%d/QĐ-UBND", 100 + (i * 3 + n * 991) % 900)).issuedOn(day)
                .rulebookId(rulebook).build());
        LifecycleEvent issued = event == LifecycleEventType.UPGRADED ? LifecycleEvent.upgraded(certificate)
                : LifecycleEvent.recognised(certificate);
        // a note on every event: ocop-core's validation refuses an event without one today (empty Optional<@NotBlank>)
        return LifecycleEvent.builder().from(issued).note("Quyết định " + certificate.getDecisionNumber()).build();
    }
}
