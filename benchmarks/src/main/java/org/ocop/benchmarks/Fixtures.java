package org.ocop.benchmarks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;

/**
 * Deterministic evaluations for the benchmarks: a seeded council fills a sheet so that results are the same
 * on every run and every machine. Members lean towards good options (a realistic 3★–4★ product): each
 * picks the best option with probability 0.6 and a uniformly random one otherwise, on every leaf criterion,
 * conditional ones included (the product has a story).
 */
public final class Fixtures {

    /** The submission date of every generated evaluation: QD-26-2026 is in force. */
    public static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 9, 1);

    private Fixtures() {}

    /**
     * @param sheet the sheet to fill
     * @param members the council size
     * @param seed the random seed
     * @param index a running number, for ids and product codes
     * @return a valid evaluation of a product of the sheet's set
     */
    public static Evaluation evaluation(CriteriaSheet sheet, int members, long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed);
        ProductSet set = sheet.getProductSet();
        String province = String.valueOf(1 + index % 34);
        Product product = Product.builder()
                .id("P" + index)
                .name(LocalizedText.of("Sản phẩm " + index, "Product " + index))
                .productSet(set)
                .storyWritten(true)
                .producer(Producer.builder()
                        .id("PR" + index)
                        .legalName("Hợp tác xã " + index)
                        .type(set == ProductSet.COMMUNITY_TOURISM ? ProducerType.TOURISM_ORGANISATION
                                : ProducerType.COOPERATIVE)
                        .address(Address.builder().provinceCode(province).communeCode(String.valueOf(100 + index % 900))
                                .build())
                        .build())
                .build();
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE);
        Evaluation.Builder evaluation = Evaluation.builder().id("E" + index).product(product).submittedOn(SUBMITTED_ON)
                .evaluatedOn(SUBMITTED_ON.plusDays(30));
        List<Criterion> leaves = sheet.getLeafCriteria();
        for (int m = 0; m < members; m++) {
            String id = "M" + (m + 1);
            council.addMembers(CouncilMember.of(id, "Thành viên " + (m + 1)));
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (Criterion leaf : leaves) {
                int options = leaf.getScoringOptions().size();
                int pick = random.nextInt(10) < 6 ? best(leaf) : random.nextInt(options);
                // a criterion whose condition is data (5.2 requires 5.1) is left out when its condition fails
                if (leaf.getRequiredCriterion().map(r -> choices.getOrDefault(r, 0) > 0).orElse(true)) {
                    choices.put(leaf.getCode(), pick);
                }
            }
            evaluation.addMemberScores(MemberScores.of(id, choices));
        }
        council.chairId("M1");
        return evaluation.council(council.build()).build();
    }

    /** The index of the best-scoring option (the last of equal best ones: printed order is ascending). */
    private static int best(Criterion leaf) {
        int best = 0;
        for (int i = 0; i < leaf.getScoringOptions().size(); i++) {
            if (leaf.getScoringOptions().get(i).getPoints() >= leaf.getScoringOptions().get(best).getPoints()) {
                best = i;
            }
        }
        return best;
    }
}
