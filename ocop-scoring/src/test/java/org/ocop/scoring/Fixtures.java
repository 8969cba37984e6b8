package org.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionGroup;
import org.ocop.core.rules.CriterionKind;
import org.ocop.core.rules.CriterionOption;
import org.ocop.core.rules.Knockout;
import org.ocop.core.rules.KnockoutEffect;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;

/** Hand-built sheets, rulebooks and evaluations for the engine's unit tests. */
final class Fixtures {

    private Fixtures() {}

    static CriterionOption opt(int points) {
        return CriterionOption.of("option " + points, points);
    }

    static CriterionOption gated(int points, int star) {
        return CriterionOption.builder().text(LocalizedText.of("option " + points)).points(points)
                .minStar(StarRating.of(star)).build();
    }

    static Criterion choice(String code, CriterionOption... options) {
        int max = 0;
        for (CriterionOption o : options) {
            max = Math.max(max, o.getPoints());
        }
        return Criterion.builder().code(code).name(LocalizedText.of("criterion " + code)).maxPoints(max)
                .addOptions(options).build();
    }

    static CriterionGroup group(String code, Criterion... criteria) {
        int max = 0;
        for (Criterion c : criteria) {
            max += c.getMaxPoints();
        }
        return CriterionGroup.builder().code(code).name(LocalizedText.of("group " + code)).maxPoints(max)
                .addCriteria(criteria).build();
    }

    static SheetPart part(PartCode code, CriterionGroup... groups) {
        int max = 0;
        for (CriterionGroup g : groups) {
            max += g.getMaxPoints();
        }
        return SheetPart.builder().code(code).name(code.label()).maxPoints(max).addGroups(groups).build();
    }

    static CriteriaSheet sheet(int number, SheetPart... parts) {
        return CriteriaSheet.builder().number(number).name(LocalizedText.of("sheet " + number)).addParts(parts).build();
    }

    /**
     * Small sheet 1 (A 40 / B 25 / C 35), four options per criterion:
     * 1.1: 0, 10, 20 (3★), 40 (4★); 2.1: 0, 5, 15, 25 (5★); 3.1: 0, 10, 20, 35.
     */
    static CriteriaSheet small() {
        return sheet(1,
                part(PartCode.A, group("1", choice("1.1", opt(0), opt(10), gated(20, 3), gated(40, 4)))),
                part(PartCode.B, group("2", choice("2.1", opt(0), opt(5), opt(15), gated(25, 5)))),
                part(PartCode.C, group("3", choice("3.1", opt(0), opt(10), opt(20), opt(35)))));
    }

    /**
     * A sheet with every special kind (sheet 1, A 40 / B 25 / C 35):
     * 1.1 binary 10; 1.2 conditional 0, 5, 10; 1.3 composite of 1.3.1 (0, 5, 10) and 1.3.2 (0, 10 3★);
     * 2.1 alternatives: case a (5, 25 4★), case b (10, 25); 3.1 choice 0, 10, 20 with a halt knock-out;
     * group 4 scored directly: 4 choice 0, 15 with a reject knock-out on the group.
     */
    static CriteriaSheet special() {
        Criterion binary = Criterion.builder().code("1.1").name(LocalizedText.of("song ngữ")).kind(CriterionKind.BINARY)
                .maxPoints(10).build();
        Criterion conditional = Criterion.builder().code("1.2").name(LocalizedText.of("cấu trúc câu chuyện"))
                .kind(CriterionKind.CONDITIONAL).condition(LocalizedText.of("chỉ áp dụng khi có câu chuyện"))
                .maxPoints(10).addOptions(opt(0), opt(5), opt(10)).build();
        Criterion composite = Criterion.builder().code("1.3").name(LocalizedText.of("composite"))
                .kind(CriterionKind.COMPOSITE).maxPoints(20)
                .addSubCriteria(choice("1.3.1", opt(0), opt(5), opt(10)), choice("1.3.2", opt(0), gated(10, 3)))
                .build();
        Criterion alternatives = Criterion.builder().code("2.1").name(LocalizedText.of("alternatives"))
                .kind(CriterionKind.ALTERNATIVES).maxPoints(25)
                .addAlternatives(Alternative.builder().label(LocalizedText.of("a")).addOptions(opt(5), gated(25, 4)).build(),
                        Alternative.builder().label(LocalizedText.of("b")).addOptions(opt(10), opt(25)).build())
                .build();
        Criterion halting = Criterion.builder().from(choice("3.1", opt(0), opt(10), opt(20)))
                .knockout(Knockout.of(LocalizedText.of("không đánh giá các bước tiếp theo"), KnockoutEffect.HALT_EVALUATION)).build();
        CriterionGroup rejecting = CriterionGroup.builder().from(group("4", Criterion.builder()
                        .from(choice("4", opt(0), opt(15))).implicit(true).build()))
                .knockout(Knockout.of(LocalizedText.of("Bị loại nếu …"), KnockoutEffect.REJECT))
                .build();
        return sheet(1,
                part(PartCode.A, group("1", binary, conditional, composite)),
                part(PartCode.B, group("2", alternatives)),
                part(PartCode.C, group("3", halting), rejecting));
    }

    static Rulebook rulebook(CriteriaSheet... sheets) {
        return rulebook(Completeness.OFFICIAL, sheets);
    }

    static Rulebook rulebook(Completeness completeness, CriteriaSheet... sheets) {
        return Rulebook.builder().id("TEST-26").title(LocalizedText.of("test")).legalReference("test rulebook")
                .signedOn(LocalDate.of(2026, 5, 22)).effectiveFrom(LocalDate.of(2026, 5, 22))
                .provenance("hand-built").completeness(completeness)
                .putPartMaxima(PartCode.A, 40).putPartMaxima(PartCode.B, 25).putPartMaxima(PartCode.C, 35)
                .addBands(StarBand.of(StarRating.ONE, 0), StarBand.of(StarRating.TWO, 30),
                        StarBand.of(StarRating.THREE, 50), StarBand.of(StarRating.FOUR, 70),
                        StarBand.of(StarRating.FIVE, 90))
                .addSheets(sheets).build();
    }

    static Product product(ProductSet set) {
        Producer producer = Producer.builder().id("hn-01").legalName("HTX Test").type(ProducerType.COOPERATIVE)
                .address(Address.builder().provinceCode("01").communeCode("00001").build()).build();
        return Product.builder().id("p-1").name(LocalizedText.of("Sản phẩm")).productSet(set).producer(producer).build();
    }

    /** Builder of an evaluation: members in insertion order. */
    static final class Eval {
        private final ProductSet set;
        private final Map<String, Map<String, Integer>> members = new LinkedHashMap<>();
        private final List<KnockoutFinding> knockouts = new ArrayList<>();
        private AuthorityLevel level = AuthorityLevel.PROVINCE;
        private Map<String, Integer> consensus;
        private List<String> present = List.of();
        private String chair;

        Eval(ProductSet set) {
            this.set = set;
        }

        Eval member(String id, Map<String, Integer> choices) {
            members.put(id, choices);
            return this;
        }

        Eval knockout(KnockoutFinding k) {
            knockouts.add(k);
            return this;
        }

        Eval level(AuthorityLevel l) {
            level = l;
            return this;
        }

        Eval consensus(Map<String, Integer> c) {
            consensus = c;
            return this;
        }

        Eval present(List<String> ids, String chairId) {
            present = ids;
            chair = chairId;
            return this;
        }

        Eval chair(String chairId) {
            chair = chairId;
            return this;
        }

        Evaluation build() {
            Council.Builder council = Council.builder().level(level).addAllPresent(present);
            members.keySet().forEach(id -> council.addMembers(CouncilMember.of(id, "Member " + id)));
            if (chair != null) {
                council.chairId(chair);
            }
            Evaluation.Builder b = Evaluation.builder().product(product(set)).submittedOn(LocalDate.of(2026, 9, 1))
                    .council(council.build()).addAllKnockouts(knockouts);
            members.forEach((id, c) -> b.addMemberScores(MemberScores.of(id, c)));
            if (consensus != null) {
                b.consensus(MemberScores.of("consensus", consensus));
            }
            return b.build();
        }
    }

    static Eval eval() {
        return new Eval(ProductSet.ofSheet(1));
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
