package org.ocop.scoring.concurrency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
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
import org.ocop.core.rules.Rulebook;

/**
 * Seeded councils filling every complete sheet of a rulebook with uniformly random options: the input of
 * the concurrency tests. The same seed gives the same evaluations in any class loader.
 */
final class CouncilSheets {

    private CouncilSheets() {}

    /**
     * @param rulebook a rulebook with criteria sheets
     * @param members the council size
     * @param seed the random seed
     * @return one evaluation per complete sheet, in sheet order
     */
    static List<Evaluation> evaluations(Rulebook rulebook, int members, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Evaluation> all = new ArrayList<>();
        for (CriteriaSheet sheet : rulebook.getSheets()) {
            if (sheet.isComplete()) {
                all.add(evaluation(sheet, members, random, rulebook.getEffectiveFrom().plusDays(10)));
            }
        }
        return all;
    }

    private static Evaluation evaluation(CriteriaSheet sheet, int members, SplittableRandom random,
            LocalDate submittedOn) {
        int n = sheet.getNumber();
        Product product = Product.builder().id("P" + n).name(LocalizedText.of("Sản phẩm " + n))
                .productSet(sheet.getProductSet()).storyWritten(random.nextBoolean())
                .producer(Producer.builder().id("PR" + n).legalName("Hợp tác xã " + n)
                        .type(ProducerType.COOPERATIVE)
                        .address(Address.builder().provinceCode("1").communeCode(String.valueOf(n)).build()).build())
                .build();
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE);
        Evaluation.Builder evaluation = Evaluation.builder().id("E" + n).product(product).submittedOn(submittedOn);
        for (int m = 1; m <= members; m++) {
            council.addMembers(CouncilMember.of("M" + m, "Member " + m));
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (Criterion leaf : sheet.getLeafCriteria()) {
                int pick = random.nextInt(leaf.getScoringOptions().size());
                // a criterion whose condition is data applies only when its required criterion is above option 0
                if (leaf.getRequiredCriterion().map(r -> choices.getOrDefault(r, 0) > 0).orElse(true)) {
                    choices.put(leaf.getCode(), pick);
                }
            }
            evaluation.addMemberScores(MemberScores.of("M" + m, choices));
        }
        return evaluation.council(council.build()).build();
    }
}
