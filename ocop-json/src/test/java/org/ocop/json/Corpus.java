package org.ocop.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.EvaluationType;
import org.ocop.core.evaluation.KnockoutFinding;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Address;
import org.ocop.core.product.Certification;
import org.ocop.core.product.DistributionChannel;
import org.ocop.core.product.IntellectualProperty;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.product.ProductCode;
import org.ocop.core.product.RawMaterialOrigin;
import org.ocop.core.product.RegistrationCode;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionKind;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.recognition.Revocation;
import org.ocop.core.recognition.RevocationGround;
import org.ocop.core.result.GateCheck;
import org.ocop.core.result.MemberTotal;
import org.ocop.core.result.NextStarAdvice;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.Outcome;
import org.ocop.core.result.PlanStep;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Alternative;
import org.ocop.core.rules.ClassificationScheme;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Correction;
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

/**
 * A seeded generator of valid ocop-core values of every document type. Enum values are cycled by the seed
 * (seed {@code i} uses constant {@code i % n}), so a corpus of 26 or more seeds covers every constant; every
 * optional attribute is present for odd seeds or at random, so a corpus covers both presence and absence.
 */
final class Corpus {

    private static final String[] WORDS = {"Chè", "Shan", "tuyết", "cổ", "thụ", "Mật", "ong", "bạc", "hà", "Hà",
        "Giang", "Gạo", "ST25", "Sóc", "Trăng", "nước", "mắm", "Phú", "Quốc", "đặc", "sản", "hữu", "cơ", "~/x"};

    private final Random random;
    private final int seed;

    Corpus(int seed) {
        this.seed = seed;
        this.random = new Random(seed * 7919L + 17);
    }

    <E extends Enum<E>> E cycle(Class<E> type, int offset) {
        E[] all = type.getEnumConstants();
        return all[Math.floorMod(seed + offset, all.length)];
    }

    boolean maybe() {
        return random.nextBoolean();
    }

    String text() {
        int n = 1 + random.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(8) == 0) {
            sb.append(" \"quoted\"\t\\ ★ \u0001");
        }
        return sb.toString();
    }

    LocalizedText label() {
        return maybe() ? LocalizedText.of(text(), text()) : LocalizedText.of(text());
    }

    LocalDate date() {
        return LocalDate.of(2019 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    BigDecimal decimal(int max) {
        int scale = random.nextInt(3);
        long unscaled = (long) random.nextInt(max * (int) Math.pow(10, scale) + 1);
        return BigDecimal.valueOf(unscaled, scale);
    }

    List<String> texts() {
        List<String> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(text());
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------- rules

    /** Splits {@code total} into {@code k} positive parts (k ≤ total). */
    int[] split(int total, int k) {
        int[] parts = new int[k];
        int left = total - k;
        for (int i = 0; i < k; i++) {
            int extra = i == k - 1 ? left : random.nextInt(left + 1);
            parts[i] = 1 + extra;
            left -= extra;
        }
        return parts;
    }

    List<CriterionOption> options(int max) {
        int n = 2 + random.nextInt(3);
        int best = random.nextInt(n);
        List<CriterionOption> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CriterionOption.Builder b = CriterionOption.builder().text(label())
                    .points(i == best ? max : random.nextInt(max + 1));
            if (maybe()) {
                b.minStar(StarRating.values()[random.nextInt(5)]);
            }
            if (random.nextInt(5) == 0) {
                b.printed(String.valueOf(max + 10));
            }
            list.add(b.build());
        }
        return list;
    }

    Criterion criterion(String code, int max, CriterionKind kind, boolean allowComposite) {
        Criterion.Builder b = Criterion.builder().code(code).name(label()).kind(kind).maxPoints(max);
        switch (kind) {
            case CHOICE:
                b.addAllOptions(options(max));
                break;
            case CONDITIONAL:
                b.addAllOptions(options(max)).condition(label());
                break;
            case BINARY:
                break;
            case ALTERNATIVES:
                for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                    Alternative.Builder a = Alternative.builder().label(label()).addAllOptions(options(max));
                    if (maybe()) {
                        a.printedMax(max);
                    }
                    b.addAlternative(a.build());
                }
                b.selectionRule(label());
                break;
            case COMPOSITE:
                int k = Math.min(max, 2 + random.nextInt(2));
                int[] subs = split(max, k);
                for (int i = 0; i < k; i++) {
                    b.addSubCriteria(criterion(code + "." + (i + 1), subs[i], CriterionKind.CHOICE, false));
                }
                break;
            default:
                throw new IllegalStateException();
        }
        if (maybe()) {
            b.description(text());
        }
        if (maybe()) {
            b.knockout(Knockout.of(label(), KnockoutEffect.values()[random.nextInt(2)]));
        }
        if (random.nextInt(4) == 0) {
            b.minStar(StarRating.values()[random.nextInt(5)]).label("a)").printedMax(String.valueOf(max))
                    .implicit(true);
        }
        b.addAllNotes(texts()).addAllSourceNotes(texts());
        return b.build();
    }

    CriterionGroup group(String code, int max) {
        int k = Math.min(max, 1 + random.nextInt(3));
        int[] maxima = split(max, k);
        CriterionGroup.Builder g = CriterionGroup.builder().code(code).name(label()).maxPoints(max);
        for (int i = 0; i < k; i++) {
            CriterionKind kind = CriterionKind.values()[random.nextInt(CriterionKind.values().length)];
            if (kind == CriterionKind.COMPOSITE && maxima[i] < 2) {
                kind = CriterionKind.CHOICE;
            }
            g.addCriteria(criterion(code + "." + (i + 1), maxima[i], kind, true));
        }
        if (maybe()) {
            g.knockout(Knockout.of(label(), KnockoutEffect.values()[random.nextInt(2)]));
        }
        if (maybe()) {
            g.description(text()).printedMax(max + "đ");
        }
        return g.addAllSourceNotes(texts()).build();
    }

    CriteriaSheet sheet(int number, Map<PartCode, Integer> maxima) {
        CriteriaSheet.Builder s = CriteriaSheet.builder().number(number).name(label());
        int groupNo = 1;
        for (PartCode code : PartCode.values()) {
            int max = maxima.get(code);
            int k = 2 + random.nextInt(2);
            int[] groups = split(max, k);
            SheetPart.Builder p = SheetPart.builder().code(code).name(label()).maxPoints(max);
            for (int i = 0; i < k; i++) {
                p.addGroup(group(String.valueOf(groupNo++), groups[i]));
            }
            if (maybe()) {
                p.heading("Phần " + code + " (" + max + " điểm)");
            }
            s.addPart(p.addAllSourceNotes(texts()).build());
        }
        return s.addAllDisqualifiers(texts()).addAllNotes(texts()).addAllSourceNotes(texts()).build();
    }

    CriteriaSheet incompleteSheet(int number) {
        Criterion broken = Criterion.builder().code("1.1").name(label()).maxPoints(7)
                .addOption(CriterionOption.builder().text(label()).points(0).pointsKnown(false).printed("l").build())
                .addOption(CriterionOption.of(text(), 3)).build();
        CriterionGroup group = CriterionGroup.builder().code("1").name(label()).maxPoints(9).addCriteria(broken).build();
        SheetPart part = SheetPart.builder().code(PartCode.A).name(label()).maxPoints(40).addGroup(group).build();
        return CriteriaSheet.builder().number(number).name(label()).addPart(part)
                .incompleteReason("group 1 maximum 9 != sum of its criteria 7 (transcription)").build();
    }

    Map<PartCode, Integer> partMaxima() {
        return seed % 2 == 0 ? Map.of(PartCode.A, 40, PartCode.B, 25, PartCode.C, 35)
                : Map.of(PartCode.A, 35, PartCode.B, 25, PartCode.C, 40);
    }

    Rulebook rulebook() {
        Completeness completeness = cycle(Completeness.class, 0);
        Map<PartCode, Integer> maxima = partMaxima();
        Rulebook.Builder r = Rulebook.builder().id("QD-" + seed + "-20" + (19 + seed % 8)).title(label())
                .legalReference("Quyết định " + seed + "/QĐ-TTg").signedOn(LocalDate.of(2023, 5, 2))
                .effectiveFrom(LocalDate.of(2023, 5, 2)).provenance(text()).completeness(completeness)
                .classification(cycle(ClassificationScheme.class, 0)).putAllPartMaxima(maxima)
                .addBand(StarBand.of(StarRating.ONE, 0)).addBand(StarBand.of(StarRating.TWO, 30))
                .addBand(StarBand.of(StarRating.THREE, new BigDecimal("50.0")))
                .addBand(StarBand.of(StarRating.FOUR, 70)).addBand(StarBand.of(StarRating.FIVE, 90));
        if (seed % 2 == 1) {
            r.effectiveTo(LocalDate.of(2026, 7, 5)).addAmendment("Quyết định 1489/QĐ-TTg ngày 6/7/2025");
            Correction.Builder c = Correction.builder().location("sheet 4 / group 7 / option 2").printed(seed % 3 == 0
                    ? "" : "13").used("3").reason(text());
            if (maybe()) {
                c.confidence("high");
            }
            r.addCorrection(c.build());
        }
        // legal parameters: distinct names per rulebook, known or unknown, with and without period and reference
        for (int i = 0; i < seed % 4; i++) {
            org.ocop.core.rules.ParameterName name = cycle(org.ocop.core.rules.ParameterName.class, i * 5);
            org.ocop.core.rules.LegalParameter.Builder p = org.ocop.core.rules.LegalParameter.builder()
                    .name(name).decision("Quyết định " + seed + "/QĐ-TTg");
            if ((seed + i) % 3 == 0 || name == org.ocop.core.rules.ParameterName.LAST_DAY) {
                p.unknownReason("the sources give no value");
            } else {
                p.value(String.valueOf(30 + i)).article(String.valueOf(1 + i)).clause("2").point("a").annex("II")
                        .note("note " + i);
            }
            if (i % 2 == 1) {
                p.from(LocalDate.of(2023, 5, 2)).to(LocalDate.of(2026, 7, 5));
            }
            r.addParameter(p.build());
        }
        if (seed % 5 == 3) {
            r.replaces("QD-" + seed + "-20" + (19 + seed % 8));
        }
        if (completeness != Completeness.TOTALS_ONLY) {
            int sheets = 1 + random.nextInt(3);
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < sheets; i++) {
                numbers.add(1 + Math.floorMod(seed * 3 + i * 11, 26));
            }
            for (int n : numbers.stream().distinct().toList()) {
                r.addSheet(sheet(n, maxima));
            }
            if (completeness == Completeness.TRANSCRIBED) {
                int n = 1;
                while (numbers.contains(n)) {
                    n++;
                }
                r.addSheet(incompleteSheet(n));
            }
        }
        return r.build();
    }

    // ------------------------------------------------------------------------------------------ product

    Address address() {
        Address.Builder a = Address.builder().provinceCode(String.valueOf(1 + random.nextInt(96)))
                .communeCode(String.format("%05d", random.nextInt(100000)));
        if (seed % 2 == 1) {
            a.provinceName("Hà Giang").communeName("Xã " + text()).street(text());
        }
        return a.build();
    }

    Producer producer() {
        ProducerType type = cycle(ProducerType.class, 0);
        Producer.Builder p = Producer.builder().id("P-" + seed).legalName(text()).type(type).address(address());
        if (seed % 2 == 1) {
            p.registrationCode(RegistrationCode.of(String.format("%010d", random.nextInt(1_000_000_000))
                    + (maybe() ? "-001" : "")));
            int total = 5 + random.nextInt(50);
            p.workforce(Workforce.builder().total(total).women(random.nextInt(total + 1))
                    .ethnicMinority(random.nextInt(total + 1)).local(random.nextInt(total + 1)).build());
        }
        if (type.hasMembers() && maybe()) {
            p.members(1 + random.nextInt(100));
        }
        return p.build();
    }

    Product product() {
        return product(cycle(ProductSet.class, 0));
    }

    Product product(ProductSet set) {
        Product.Builder p = Product.builder().id("SP-" + seed).name(label()).productSet(set).producer(producer());
        if (seed % 2 == 1) {
            p.code(ProductCode.parse("0" + (1 + seed % 9) + "-00004-" + (seed % 97) + "-20" + (20 + seed % 10)))
                    .rawMaterialOrigin(cycle(RawMaterialOrigin.class, 0)).localRawMaterialPercent(decimal(100))
                    .annualOutput(decimal(5000)).outputUnit("kg").annualRevenueVnd(random.nextInt(2_000_000_000) * 3L)
                    .traceable(true).storyWritten(maybe()).addExportMarket("JP").addExportMarket("KR")
                    .addAward(text());
        }
        p.addCertification(cycle(Certification.class, 0)).addCertification(cycle(Certification.class, 3))
                .addIntellectualProperty(cycle(IntellectualProperty.class, 0))
                .addDistributionChannel(cycle(DistributionChannel.class, 0))
                .addDistributionChannel(cycle(DistributionChannel.class, 5));
        return p.build();
    }

    // --------------------------------------------------------------------------------------- evaluation

    Council council(int members) {
        Council.Builder c = Council.builder().level(cycle(AuthorityLevel.class, 0));
        for (int i = 1; i <= members; i++) {
            CouncilMember.Builder m = CouncilMember.builder().id("m" + i).name(text());
            if (maybe()) {
                m.role("Sở Nông nghiệp");
            }
            c.addMember(m.build());
        }
        if (seed % 2 == 1) {
            c.chairId("m1").addPresent("m1").addPresent("m" + members);
        }
        return c.build();
    }

    Evaluation evaluation() {
        Map<String, Integer> choices = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            choices.put((1 + random.nextInt(17)) + "." + (1 + random.nextInt(12)), random.nextInt(5));
        }
        return evaluation(product(), choices, seed % 2 == 1);
    }

    /** An evaluation whose members choose valid options of the sheet. */
    Evaluation evaluation(CriteriaSheet sheet) {
        return evaluation(product(sheet.getProductSet()), null, false, sheet);
    }

    private Evaluation evaluation(Product product, Map<String, Integer> choices, boolean rich) {
        return evaluation(product, choices, rich, null);
    }

    private Evaluation evaluation(Product product, Map<String, Integer> choices, boolean rich, CriteriaSheet sheet) {
        int members = 1 + random.nextInt(4);
        EvaluationType type = cycle(EvaluationType.class, 0);
        Evaluation.Builder e = Evaluation.builder().product(product).type(type).submittedOn(LocalDate.of(2026, 6, 1))
                .council(council(members));
        for (int i = 1; i <= members; i++) {
            e.addMemberScore(MemberScores.of("m" + i, sheet == null ? choices : choicesFor(sheet)));
        }
        if (type != EvaluationType.FIRST_TIME) {
            e.currentRating(cycle(StarRating.class, 0));
        }
        if (rich) {
            e.id("EV-" + seed).evaluatedOn(LocalDate.of(2026, 7, 1)).rulebookId("QD-26-2026")
                    .consensus(MemberScores.of("m1", choices))
                    .addKnockout(KnockoutFinding.sheet(text())).addKnockout(KnockoutFinding.of("1.1", text()));
        }
        return e.build();
    }

    Map<String, Integer> choicesFor(CriteriaSheet sheet) {
        Map<String, Integer> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.getLeafCriteria()) {
            if (c.getKind() != CriterionKind.CONDITIONAL || maybe()) {
                choices.put(c.getCode(), random.nextInt(c.getScoringOptions().size()));
            }
        }
        return choices;
    }

    // ------------------------------------------------------------------------------------------ results

    ScoreResult scoreResult() {
        Outcome outcome = cycle(Outcome.class, 0);
        StarRating band = cycle(StarRating.class, 0);
        java.util.Optional<StarRating> stars = outcome == Outcome.DISQUALIFIED ? java.util.Optional.empty()
                : java.util.Optional.of(StarRating.values()[(seed / 5) % (band.ordinal() + 1)]);
        boolean recognisable = outcome == Outcome.RANKED && stars.map(StarRating::isRecognisable).orElse(false);
        int members = 1 << random.nextInt(3);
        ScoreResult.Builder r = ScoreResult.builder().rulebookId("QD-26-2026").sheetNumber(1 + seed % 26)
                .productId("SP-" + seed).band(band).stars(stars)
                .outcome(outcome).recognisable(recognisable).fiveStarPotential(seed % 5 == 0);
        int sum = 0;
        for (int i = 1; i <= members; i++) {
            int total = random.nextInt(101);
            sum += total;
            r.addMemberTotal(MemberTotal.builder().memberId("m" + i).total(total)
                    .putPartTotal(PartCode.C, random.nextInt(36)).putPartTotal(PartCode.A, random.nextInt(41))
                    .putPartTotal(PartCode.B, random.nextInt(26)).build());
        }
        r.averageScore(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members)));
        r.putPartAverage(PartCode.B, decimal(25)).putPartAverage(PartCode.A, decimal(40));
        r.putGroupAverage("10", decimal(10)).putGroupAverage("2", decimal(10)).putGroupAverage("1", decimal(10));
        if (recognisable) {
            r.recognitionLevel(AuthorityLevel.values()[(seed / 5) % AuthorityLevel.values().length]);
        }
        if (stars.isPresent() && stars.get() != StarRating.FIVE) {
            r.nextStar(NextStarAdvice.builder().target(StarRating.values()[stars.get().ordinal() + 1])
                    .pointsLacking(decimal(20)).addFailingGate("1.1").addFailingGate("10.2").reachable(maybe())
                    .addPlan(PlanStep.builder().criterionCode("2.1").fromOption(0).toOption(2)
                            .pointsGained(decimal(5)).build())
                    .build());
        }
        if (seed % 2 == 1) {
            r.evaluationId("EV-" + seed).addNotFinalReason(note(true, text())).addWarning(note(false, text()))
                    .addKnockout(KnockoutFinding.of("3.2", text()))
                    .addGate(GateCheck.builder().criterionCode("1.1").star(cycle(StarRating.class, 2))
                            .requiredOption(2).putMemberChoice("m2", 1).putMemberChoice("m1", 3).met(maybe()).build());
        }
        return r.build();
    }

    /**
     * @return a note whose code is cycled over the warning (or not-final) codes by {@code seed / 2}, so that the
     *     odd seeds of a corpus cover every code; its parameters are the text given and numbered fillers
     */
    private ResultNote note(boolean notFinal, String text) {
        List<NoteCode> codes = java.util.Arrays.stream(NoteCode.values())
                .filter(c -> c.isNotFinalReason() == notFinal).toList();
        NoteCode code = codes.get((seed / 2) % codes.size());
        ResultNote.Builder n = ResultNote.builder().code(code);
        for (int i = 0; i < code.parameterCount(); i++) {
            n.addParameters(i == 0 ? text : "p" + i);
        }
        return n.build();
    }

    Certificate certificate() {
        LocalDate issued = date();
        return Certificate.builder().productId("SP-" + seed).rating(StarRating.values()[2 + seed % 3])
                .issuerLevel(cycle(AuthorityLevel.class, 0)).issuingAuthority("UBND tỉnh " + text())
                .decisionNumber(seed + "/QĐ-UBND").issuedOn(issued).validUntil(issued.plusMonths(36).minusDays(1))
                .rulebookId("QD-26-2026").build();
    }

    /** @return a lifecycle event of a type cycled by seed, with the payload that type carries */
    LifecycleEvent lifecycleEvent() {
        LifecycleEventType type = cycle(LifecycleEventType.class, 0);
        Certificate c = certificate();
        String product = c.getProductId();
        LocalDate day = c.getIssuedOn();
        switch (type) {
            case RECOGNISED:
            case RENEWED:
            case UPGRADED:
                return LifecycleEvent.builder().productId(product).type(type).date(day).certificate(c)
                        .note(note()).build();
            case REVOKED:
                return withNote(LifecycleEvent.revoked(Revocation.builder().productId(product)
                        .certificateDecisionNumber(c.getDecisionNumber()).ground(RevocationGround.values()[(seed / 7 + 1) % RevocationGround.values().length])
                        .concludedOn(day.minusDays(random.nextInt(30))).effectiveOn(day)
                        .authorityLevel(cycle(AuthorityLevel.class, 1)).authority("UBND tỉnh " + text())
                        .decisionNumber(seed + "/QĐ-TH").build()));
            case INSPECTED: {
                RevocationGround ground = RevocationGround.values()[(seed / 7) % RevocationGround.values().length];
                boolean withGround = seed % 7 == 5 && seed != 12;
                return withNote(LifecycleEvent.inspected(InspectionResult.builder().productId(product).concludedOn(day)
                        .kind(InspectionKind.values()[(seed / 7) % 2]).inspectorLevel(cycle(AuthorityLevel.class, 2))
                        .inspectingAuthority("Sở " + text())
                        .criteriaMaintained(!(withGround && ground == RevocationGround.CRITERIA_NO_LONGER_MET) && maybe())
                        .markUsedCorrectly(!(withGround && ground == RevocationGround.MARK_MISUSE) && maybe())
                        .assessedRank(maybe() ? Optional.of(c.getRating()) : Optional.empty())
                        .revocationGround(withGround ? Optional.of(ground) : Optional.empty())
                        .findings(seed % 3 == 2 ? List.of("phát hiện " + seed, text()) : List.of()).build()));
            }
            default:
                return LifecycleEvent.builder().productId(product).type(type).date(day).note(note()).build();
        }
    }

    /**
     * @return a note: always present, because ocop-core's validation refuses an event without one today
     *     ({@code Optional<@NotBlank String>} is reported blank when empty; reported to the lead)
     */
    private LifecycleEvent withNote(LifecycleEvent event) {
        return LifecycleEvent.builder().from(event).note(note()).build();
    }

    private String note() {
        return "hồ sơ " + seed + " " + text();
    }

    /** @return a registry whose references hold: its event's product is listed, the product's producer too */
    org.ocop.core.registry.RegistryRecords registry() {
        Producer producer = producer();
        LifecycleEvent event = lifecycleEvent();
        org.ocop.core.registry.RegistryRecords.Builder r = org.ocop.core.registry.RegistryRecords.builder()
                .addProducers(producer)
                .addProducts(org.ocop.core.registry.RegistryProduct.builder().id(event.getProductId()).name(label())
                        .productSet(cycle(ProductSet.class, 1)).producerId(producer.getId()).build())
                .addEvents(event);
        if (seed % 2 == 0) {
            r.name("Sổ theo dõi " + text()).reportOn(date());
        }
        return r.build();
    }

    /** @return a value of the document type */
    Object document(DocumentType type) {
        switch (type) {
            case RULEBOOK:
                return rulebook();
            case EVALUATION:
                return evaluation();
            case SCORE_RESULT:
                return scoreResult();
            case PRODUCT:
                return product();
            case PRODUCER:
                return producer();
            case CERTIFICATE:
                return certificate();
            case LIFECYCLE_EVENT:
                return lifecycleEvent();
            case REGISTRY:
                return registry();
            default:
                throw new IllegalStateException();
        }
    }

    static Set<Certification> allCertifications() {
        return EnumSet.allOf(Certification.class);
    }
}
