package org.ocop.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.product.RegistrationCode;
import org.ocop.core.product.Workforce;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;

/**
 * Small, valid values shared by the ocop-core tests. Every number here is made up for the tests, except the
 * part maxima 40/25/35 and the bands 0/30/50/70/90 of Decisions 148 and 26/2026 (docs/rules.md §1,
 * §3.4).
 *
 * <p>The sample sheet (number 1, 100 points) exercises every criterion kind:
 *
 * <pre>
 * part A 40 = group 1 (40) = 1.1 choice (0/10/20 → 20) + 1.2 composite 20 = [1.2.1 choice (0/5/10 → 10) + 1.2.2 binary 10]
 * part B 25 = group 2 (25) = 2.1 conditional (0/5 → 5) + 2.2 alternatives 20 = [case 1: 0/10/20, case 2: 5/20]
 * part C 35 = group 3 (35) = 3 implicit choice (0/15/35 → 35), option 1 gated 3★
 * total 40 + 25 + 35 = 100
 * </pre>
 *
 * Leaf criteria in printed order: 1.1, 1.2.1, 1.2.2, 2.1, 2.2, 3.
 */
public final class Fixtures {

    private Fixtures() {}

    /** @return a choice criterion whose maximum is its best option */
    public static Criterion choice(String code, int... points) {
        Criterion.Builder b = Criterion.builder().code(code).name(LocalizedText.of("Chỉ tiêu " + code))
                .maxPoints(Arrays.stream(points).max().orElse(0));
        for (int p : points) {
            b.addOption(CriterionOption.of(p + " điểm", p));
        }
        return b.build();
    }

    /** @return a group whose maximum is the sum of its criteria */
    public static CriterionGroup group(String code, Criterion... criteria) {
        return CriterionGroup.builder().code(code).name(LocalizedText.of("Nhóm " + code))
                .maxPoints(Arrays.stream(criteria).mapToInt(Criterion::getMaxPoints).sum())
                .addCriteria(criteria).build();
    }

    /** @return a part whose maximum is the sum of its groups */
    public static SheetPart part(PartCode code, CriterionGroup... groups) {
        return SheetPart.builder().code(code).name(code.label())
                .maxPoints(Arrays.stream(groups).mapToInt(CriterionGroup::getMaxPoints).sum())
                .addGroups(groups).build();
    }

    /** @return 1.1: choice 0/10/20, max 20 */
    public static Criterion c11() {
        return choice("1.1", 0, 10, 20);
    }

    /** @return 1.2: composite of 1.2.1 (choice 0/5/10) and 1.2.2 (binary 10), max 20 */
    public static Criterion c12() {
        return Criterion.builder().code("1.2").name(LocalizedText.of("Chỉ tiêu 1.2")).kind(CriterionKind.COMPOSITE)
                .maxPoints(20).addSubCriteria(choice("1.2.1", 0, 5, 10), binary("1.2.2", 10)).build();
    }

    /** @return a binary criterion */
    public static Criterion binary(String code, int max) {
        return Criterion.builder().code(code).name(LocalizedText.of("Chỉ tiêu " + code)).kind(CriterionKind.BINARY)
                .maxPoints(max).build();
    }

    /** @return 2.1: conditional 0/5, max 5 */
    public static Criterion c21() {
        return Criterion.builder().code("2.1").name(LocalizedText.of("Chỉ tiêu 2.1"))
                .kind(CriterionKind.CONDITIONAL).condition(LocalizedText.of("Khi sản phẩm có câu chuyện"))
                .maxPoints(5).addOptions(CriterionOption.of("Không", 0), CriterionOption.of("Có", 5)).build();
    }

    /** @return 2.2: alternatives, case 1 0/10/20, case 2 5/20, max 20 */
    public static Criterion c22() {
        return Criterion.builder().code("2.2").name(LocalizedText.of("Chỉ tiêu 2.2"))
                .kind(CriterionKind.ALTERNATIVES).maxPoints(20)
                .selectionRule(LocalizedText.of("Lựa chọn một trong hai trường hợp sau"))
                .addAlternatives(alternative("Trường hợp 1", 0, 10, 20), alternative("Trường hợp 2", 5, 20))
                .build();
    }

    /** @return a case of an alternatives criterion */
    public static Alternative alternative(String label, int... points) {
        Alternative.Builder b = Alternative.builder().label(LocalizedText.of(label));
        for (int p : points) {
            b.addOption(CriterionOption.of(p + " điểm", p));
        }
        return b.build();
    }

    /** @return 3: the implicit criterion of group 3, 0/15/35 with option 1 gated 3★ */
    public static Criterion c3() {
        return Criterion.builder().code("3").name(LocalizedText.of("Chất lượng")).implicit(true).maxPoints(35)
                .addOption(CriterionOption.of("Không đạt", 0))
                .addOption(CriterionOption.builder().text(LocalizedText.of("Đạt")).points(15)
                        .minStar(StarRating.THREE).build())
                .addOption(CriterionOption.of("Tốt", 35)).build();
    }

    /** @return part A: group 1 = 1.1 + 1.2, 40 */
    public static SheetPart partA() {
        return part(PartCode.A, group("1", c11(), c12()));
    }

    /** @return part B: group 2 = 2.1 + 2.2, 25 */
    public static SheetPart partB() {
        return part(PartCode.B, group("2", c21(), c22()));
    }

    /** @return part C: group 3 = 3, 35 */
    public static SheetPart partC() {
        return part(PartCode.C, group("3", c3()));
    }

    /** @return the valid sample sheet number 1 (see the type's documentation) */
    public static CriteriaSheet sheet() {
        return sheet(partA(), partB(), partC());
    }

    /** @return sheet 1 with the given parts, checked on build */
    public static CriteriaSheet sheet(SheetPart... parts) {
        return sheetBuilder().addParts(parts).build();
    }

    /** @return a builder for sheet 1 with its name, without parts */
    public static CriteriaSheet.Builder sheetBuilder() {
        return CriteriaSheet.builder().number(1).name(LocalizedText.of("Rau, củ, quả, hạt tươi", "Fresh produce"));
    }

    /** @return a builder for a complete test rulebook with the 148/26-2026 part maxima and bands, no sheets */
    public static Rulebook.Builder rulebookBuilder() {
        return Rulebook.builder().id("QD-TEST-2026").title(LocalizedText.of("Bộ tiêu chí thử"))
                .legalReference("Quyết định thử").signedOn(LocalDate.of(2026, 5, 22))
                .effectiveFrom(LocalDate.of(2026, 7, 1)).provenance("test fixture")
                .completeness(Completeness.OFFICIAL)
                .putPartMaxima(PartCode.A, 40).putPartMaxima(PartCode.B, 25).putPartMaxima(PartCode.C, 35)
                .addBands(StarBand.of(StarRating.ONE, 0), StarBand.of(StarRating.TWO, 30),
                        StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.FOUR, 70),
                        StarBand.of(StarRating.FIVE, 90));
    }

    /** @return the test rulebook holding the sample sheet */
    public static Rulebook rulebook() {
        return rulebookBuilder().addSheets(sheet()).build();
    }

    /** @return a valid address */
    public static Address address() {
        return Address.builder().provinceCode("01").communeCode("00004").provinceName("Hà Nội").build();
    }

    /** @return a valid cooperative with a workforce */
    public static Producer producer() {
        return Producer.builder().id("P-1").legalName("Hợp tác xã Rau sạch").type(ProducerType.COOPERATIVE)
                .registrationCode(RegistrationCode.of("0101234567")).address(address())
                .workforce(Workforce.builder().total(20).women(12).ethnicMinority(3).local(18).build())
                .members(15).build();
    }

    /** @return a valid product of set 1 (fresh produce) */
    public static Product product() {
        return Product.builder().id("SP-1").name(LocalizedText.of("Rau cải", "Mustard greens"))
                .productSet(ProductSet.FRESH_PRODUCE).producer(producer())
                .localRawMaterialPercent(new BigDecimal("80")).addExportMarkets("JP").build();
    }

    /** @return a council of three members, m1 chairing */
    public static Council council() {
        return Council.builder().level(AuthorityLevel.PROVINCE)
                .addMembers(CouncilMember.of("m1", "Nguyễn Văn A"), CouncilMember.of("m2", "Trần Thị B"),
                        CouncilMember.of("m3", "Lê Văn C"))
                .chairId("m1").build();
    }

    /** @return a complete set of choices for the sample sheet (every leaf, 2.1 included) */
    public static Map<String, Integer> fullChoices() {
        Map<String, Integer> choices = new LinkedHashMap<>();
        choices.put("1.1", 2);
        choices.put("1.2.1", 1);
        choices.put("1.2.2", 1);
        choices.put("2.1", 1);
        choices.put("2.2", 4);
        choices.put("3", 2);
        return choices;
    }

    /** @return a builder for a first-time evaluation of {@link #product()} by {@link #council()}, no scores */
    public static Evaluation.Builder evaluationBuilder() {
        return Evaluation.builder().id("E-1").product(product()).submittedOn(LocalDate.of(2026, 8, 1))
                .evaluatedOn(LocalDate.of(2026, 8, 20)).council(council());
    }

    /** @return a valid evaluation: members m1 and m2 fill every leaf of the sample sheet */
    public static Evaluation evaluation() {
        return evaluationBuilder().addMemberScores(MemberScores.of("m1", fullChoices()),
                MemberScores.of("m2", fullChoices())).build();
    }
}
