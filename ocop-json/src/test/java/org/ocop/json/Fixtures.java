package org.ocop.json;

import java.time.LocalDate;
import java.util.Map;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
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
 * A small test rulebook (one sheet: every criterion kind but alternatives) and an evaluation that fits it;
 * their canonical documents are the committed {@code fixtures/*.json}, from which the bad-input corpus is
 * derived. The points are test data, not an official sheet.
 */
final class Fixtures {

    private Fixtures() {}

    static Rulebook rulebook() {
        Criterion c11 = Criterion.builder().code("1.1").name(LocalizedText.of("Nguồn nguyên liệu", "Raw materials"))
                .maxPoints(30).addOptions(CriterionOption.of("Nhập khẩu", 0), CriterionOption.of("Trong tỉnh", 15),
                        CriterionOption.builder().text(LocalizedText.of("Trong xã")).points(30)
                                .minStar(StarRating.FOUR).build()).build();
        Criterion c12 = Criterion.builder().code("1.2").name(LocalizedText.of("Câu chuyện sản phẩm"))
                .kind(CriterionKind.CONDITIONAL).condition(LocalizedText.of("Chỉ khi sản phẩm có câu chuyện"))
                .maxPoints(10).addOptions(CriterionOption.of("Không", 0), CriterionOption.of("Có", 10)).build();
        Criterion c21 = Criterion.builder().code("2.1").name(LocalizedText.of("Nhãn song ngữ"))
                .kind(CriterionKind.BINARY).maxPoints(25).build();
        Criterion c31 = Criterion.builder().code("3.1").name(LocalizedText.of("Chất lượng"))
                .kind(CriterionKind.COMPOSITE).maxPoints(35)
                .addSubCriteria(Criterion.builder().code("3.1.1").name(LocalizedText.of("Cảm quan")).maxPoints(20)
                        .addOptions(CriterionOption.of("Kém", 0), CriterionOption.of("Tốt", 20)).build())
                .addSubCriteria(Criterion.builder().code("3.1.2").name(LocalizedText.of("An toàn")).maxPoints(15)
                        .addOptions(CriterionOption.of("Không", 0), CriterionOption.of("Một phần", 5),
                                CriterionOption.of("Đầy đủ", 15)).build())
                .build();
        CriteriaSheet sheet = CriteriaSheet.builder().number(1).name(LocalizedText.of("Rau, củ, quả, hạt tươi"))
                .addParts(part(PartCode.A, 40, CriterionGroup.builder().code("1").name(LocalizedText.of("Tổ chức"))
                        .maxPoints(40).addCriteria(c11, c12).build()))
                .addParts(part(PartCode.B, 25, CriterionGroup.builder().code("2").name(LocalizedText.of("Tiếp thị"))
                        .maxPoints(25).addCriteria(c21).build()))
                .addParts(part(PartCode.C, 35, CriterionGroup.builder().code("3").name(LocalizedText.of("Chất lượng"))
                        .maxPoints(35).addCriteria(c31).build()))
                .build();
        return Rulebook.builder().id("QD-TEST").title(LocalizedText.of("Bộ tiêu chí thử nghiệm", "Test rulebook"))
                .legalReference("Test data, not an official decision").signedOn(LocalDate.of(2026, 5, 22))
                .effectiveFrom(LocalDate.of(2026, 7, 6)).provenance("ocop-json test fixture")
                .completeness(Completeness.OFFICIAL)
                .putAllPartMaxima(Map.of(PartCode.A, 40, PartCode.B, 25, PartCode.C, 35))
                .addBands(StarBand.of(StarRating.ONE, 0), StarBand.of(StarRating.TWO, 30),
                        StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.FOUR, 70),
                        StarBand.of(StarRating.FIVE, 90))
                .addSheets(sheet).build();
    }

    private static SheetPart part(PartCode code, int max, CriterionGroup group) {
        return SheetPart.builder().code(code).name(code.label()).maxPoints(max).addGroups(group).build();
    }

    static Evaluation evaluation() {
        Producer producer = Producer.builder().id("P-1").legalName("HTX Chè Shan tuyết").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("2").communeCode("712").build()).build();
        Product product = Product.builder().id("SP-1").name(LocalizedText.of("Chè Shan tuyết"))
                .productSet(ProductSet.FRESH_PRODUCE).producer(producer).build();
        return Evaluation.builder().id("EV-1").product(product).submittedOn(LocalDate.of(2026, 8, 1))
                .council(Council.builder().level(AuthorityLevel.PROVINCE)
                        .addMembers(CouncilMember.of("m1", "Nguyễn Văn A"), CouncilMember.of("m2", "Trần Thị B"))
                        .build())
                .addMemberScores(MemberScores.of("m1", Map.of("1.1", 2, "2.1", 1, "3.1.1", 1, "3.1.2", 2)))
                .addMemberScores(MemberScores.of("m2", Map.of("1.1", 1, "1.2", 1, "2.1", 0, "3.1.1", 0, "3.1.2", 1)))
                .build();
    }
}
