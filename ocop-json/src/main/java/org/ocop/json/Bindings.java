package org.ocop.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.ocop.core.product.RawMaterialOrigin;
import org.ocop.core.product.Workforce;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionKind;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.recognition.Revocation;
import org.ocop.core.recognition.RevocationGround;
import org.ocop.core.registry.RegistryProduct;
import org.ocop.core.registry.RegistryRecords;
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
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.SheetPart;
import org.ocop.core.rules.StarBand;

/**
 * The declared bindings of format 1: one {@link TypeBinding} per ocop-core value type, in the order the
 * types depend on each other, in groups built on first use. Every property is declared here with its wire name, codec, accessor and
 * builder method; nothing is found by reflection. A property named {@code type} in ocop-core is written
 * {@code <owner>Type} ({@code evaluationType}, {@code producerType}, {@code eventType}) because {@code type}
 * is the document header.
 */
final class Bindings {

    private Bindings() {}

    /**
     * The group of bindings each bound type belongs to, in declaration order. A group's bindings are built
     * when one of them is first needed (a holder class per group, initialised by the JVM once and
     * thread-safely), so reading an evaluation does not build the rulebook's or the registry's bindings.
     */
    private static final Map<Class<?>, Group> GROUPS = groups();

    private static final Map<Class<?>, Optional<TypeBinding<?, ?>>> BY_CLASS = new ConcurrentHashMap<>();

    /** The holder classes, one per group of bindings. */
    private enum Group {
        /** {@link Common}. */
        COMMON,
        /** {@link Rules}. */
        RULES,
        /** {@link Evaluations}. */
        EVALUATIONS,
        /** {@link Results}. */
        RESULTS,
        /** {@link Recognition}. */
        RECOGNITION,
        /** {@link Registry}. */
        REGISTRY;

        Map<Class<?>, TypeBinding<?, ?>> bindings() {
            switch (this) {
                case COMMON:
                    return Common.BY_TYPE;
                case RULES:
                    return Rules.BY_TYPE;
                case EVALUATIONS:
                    return Evaluations.BY_TYPE;
                case RESULTS:
                    return Results.BY_TYPE;
                case RECOGNITION:
                    return Recognition.BY_TYPE;
                case REGISTRY:
                    return Registry.BY_TYPE;
                default:
                    throw new AssertionError(this);
            }
        }
    }

    private static Map<Class<?>, Group> groups() {
        Map<Class<?>, Group> groups = new LinkedHashMap<>();
        groups.put(LocalizedText.class, Group.COMMON);
        groups.put(Address.class, Group.COMMON);
        groups.put(Workforce.class, Group.COMMON);
        groups.put(Producer.class, Group.COMMON);
        groups.put(Product.class, Group.COMMON);
        groups.put(Correction.class, Group.RULES);
        groups.put(CriterionOption.class, Group.RULES);
        groups.put(Alternative.class, Group.RULES);
        groups.put(Knockout.class, Group.RULES);
        groups.put(Criterion.class, Group.RULES);
        groups.put(CriterionGroup.class, Group.RULES);
        groups.put(SheetPart.class, Group.RULES);
        groups.put(CriteriaSheet.class, Group.RULES);
        groups.put(StarBand.class, Group.RULES);
        groups.put(LegalParameter.class, Group.RULES);
        groups.put(Rulebook.class, Group.RULES);
        groups.put(CouncilMember.class, Group.EVALUATIONS);
        groups.put(Council.class, Group.EVALUATIONS);
        groups.put(MemberScores.class, Group.EVALUATIONS);
        groups.put(KnockoutFinding.class, Group.EVALUATIONS);
        groups.put(Evaluation.class, Group.EVALUATIONS);
        groups.put(MemberTotal.class, Group.RESULTS);
        groups.put(GateCheck.class, Group.RESULTS);
        groups.put(PlanStep.class, Group.RESULTS);
        groups.put(NextStarAdvice.class, Group.RESULTS);
        groups.put(ResultNote.class, Group.RESULTS);
        groups.put(ScoreResult.class, Group.RESULTS);
        groups.put(Certificate.class, Group.RECOGNITION);
        groups.put(Revocation.class, Group.RECOGNITION);
        groups.put(InspectionResult.class, Group.RECOGNITION);
        groups.put(LifecycleEvent.class, Group.RECOGNITION);
        groups.put(RegistryProduct.class, Group.REGISTRY);
        groups.put(RegistryRecords.class, Group.REGISTRY);
        return Collections.unmodifiableMap(groups);
    }

    private static Map<Class<?>, TypeBinding<?, ?>> index(TypeBinding<?, ?>... bindings) {
        Map<Class<?>, TypeBinding<?, ?>> byType = new LinkedHashMap<>();
        for (TypeBinding<?, ?> b : bindings) {
            byType.put(b.type, b);
        }
        return Collections.unmodifiableMap(byType);
    }

    /**
     * Every binding, by core type (builds every group: for the schema generator and the tests).
     *
     * @return the bindings in declaration order
     */
    static Map<Class<?>, TypeBinding<?, ?>> all() {
        Map<Class<?>, TypeBinding<?, ?>> all = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            all.putAll(g.bindings());
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * @param type a core type
     * @return its binding, if it is a bound type (builds its group only)
     */
    static Optional<TypeBinding<?, ?>> exact(Class<?> type) {
        Group g = GROUPS.get(type);
        return g == null ? Optional.empty() : Optional.ofNullable(g.bindings().get(type));
    }

    /**
     * @param type a core type or a class implementing one (the Immutables class)
     * @return its binding, if it is a bound type
     */
    static Optional<TypeBinding<?, ?>> of(Class<?> type) {
        Optional<TypeBinding<?, ?>> direct = exact(type);
        if (direct.isPresent()) {
            return direct;
        }
        return BY_CLASS.computeIfAbsent(type, t -> GROUPS.keySet().stream().filter(c -> c.isAssignableFrom(t))
                .findFirst().flatMap(Bindings::exact));
    }

    /** Values shared by several documents: texts, addresses, producers, products. */
    static final class Common {

        private Common() {}

        static final TypeBinding<LocalizedText, ?> LOCALIZED_TEXT = TypeBinding.of(LocalizedText.class, LocalizedText::builder, LocalizedText.Builder::build)
                .optional("en", Codecs.STRING, LocalizedText::getEn, LocalizedText.Builder::en)
                .required("vi", Codecs.STRING, LocalizedText::getVi, LocalizedText.Builder::vi)
                .build();

        static final TypeBinding<Address, ?> ADDRESS = TypeBinding.of(Address.class, Address::builder, Address.Builder::build)
                .required("communeCode", Codecs.STRING, Address::getCommuneCode, Address.Builder::communeCode)
                .optional("communeName", Codecs.STRING, Address::getCommuneName, Address.Builder::communeName)
                .required("provinceCode", Codecs.STRING, Address::getProvinceCode, Address.Builder::provinceCode)
                .optional("provinceName", Codecs.STRING, Address::getProvinceName, Address.Builder::provinceName)
                .optional("street", Codecs.STRING, Address::getStreet, Address.Builder::street)
                .build();

        static final TypeBinding<Workforce, ?> WORKFORCE = TypeBinding.of(Workforce.class, Workforce::builder, Workforce.Builder::build)
                .withDefault("ethnicMinority", Codecs.INT, Workforce::getEthnicMinority, Workforce.Builder::ethnicMinority)
                .withDefault("local", Codecs.INT, Workforce::getLocal, Workforce.Builder::local)
                .required("total", Codecs.INT, Workforce::getTotal, Workforce.Builder::total)
                .withDefault("women", Codecs.INT, Workforce::getWomen, Workforce.Builder::women)
                .build();

        static final TypeBinding<Producer, ?> PRODUCER = TypeBinding.of(Producer.class, Producer::builder, Producer.Builder::build)
                .required("address", ADDRESS, Producer::getAddress, Producer.Builder::address)
                .required("id", Codecs.STRING, Producer::getId, Producer.Builder::id)
                .required("legalName", Codecs.STRING, Producer::getLegalName, Producer.Builder::legalName)
                .optional("members", Codecs.INT, Producer::getMembers, Producer.Builder::members)
                .required("producerType", "type", Codecs.enumOf(ProducerType.class), Producer::getType, Producer.Builder::type)
                .optional("registrationCode", Codecs.REGISTRATION_CODE, Producer::getRegistrationCode, Producer.Builder::registrationCode)
                .optional("workforce", WORKFORCE, Producer::getWorkforce, Producer.Builder::workforce)
                .build();

        static final TypeBinding<Product, ?> PRODUCT = TypeBinding.of(Product.class, Product::builder, Product.Builder::build)
                .optional("annualOutput", Codecs.DECIMAL, Product::getAnnualOutput, Product.Builder::annualOutput)
                .optional("annualRevenueVnd", Codecs.LONG, Product::getAnnualRevenueVnd, Product.Builder::annualRevenueVnd)
                .list("awards", Codecs.STRING, Product::getAwards, Product.Builder::awards)
                .set("certifications", Codecs.enumOf(Certification.class), Product::getCertifications, Product.Builder::certifications)
                .optional("code", Codecs.PRODUCT_CODE, Product::getCode, Product.Builder::code)
                .set("distributionChannels", Codecs.enumOf(DistributionChannel.class), Product::getDistributionChannels, Product.Builder::distributionChannels)
                .list("exportMarkets", Codecs.STRING, Product::getExportMarkets, Product.Builder::exportMarkets)
                .withDefault("hasStory", "storyWritten", Codecs.BOOLEAN, Product::isStoryWritten, Product.Builder::storyWritten)
                .required("id", Codecs.STRING, Product::getId, Product.Builder::id)
                .set("intellectualProperty", Codecs.enumOf(IntellectualProperty.class), Product::getIntellectualProperty, Product.Builder::intellectualProperty)
                .optional("localRawMaterialPercent", Codecs.DECIMAL, Product::getLocalRawMaterialPercent, Product.Builder::localRawMaterialPercent)
                .required("name", LOCALIZED_TEXT, Product::getName, Product.Builder::name)
                .optional("outputUnit", Codecs.STRING, Product::getOutputUnit, Product.Builder::outputUnit)
                .required("producer", PRODUCER, Product::getProducer, Product.Builder::producer)
                .required("productSet", Codecs.enumOf(ProductSet.class), Product::getProductSet, Product.Builder::productSet)
                .optional("rawMaterialOrigin", Codecs.enumOf(RawMaterialOrigin.class), Product::getRawMaterialOrigin, Product.Builder::rawMaterialOrigin)
                .withDefault("traceable", Codecs.BOOLEAN, Product::isTraceable, Product.Builder::traceable)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(LOCALIZED_TEXT, ADDRESS, WORKFORCE, PRODUCER, PRODUCT);
    }

    /** The rulebook document: sheets, criteria, options, bands, parameters. */
    static final class Rules {

        private Rules() {}

        static final TypeBinding<Correction, ?> CORRECTION = TypeBinding.of(Correction.class, Correction::builder, Correction.Builder::build)
                .optional("confidence", Codecs.STRING, Correction::getConfidence, Correction.Builder::confidence)
                .required("location", Codecs.STRING, Correction::getLocation, Correction.Builder::location)
                .required("printed", Codecs.STRING, Correction::getPrinted, Correction.Builder::printed)
                .required("reason", Codecs.STRING, Correction::getReason, Correction.Builder::reason)
                .required("used", Codecs.STRING, Correction::getUsed, Correction.Builder::used)
                .build();

        static final TypeBinding<CriterionOption, ?> CRITERION_OPTION = TypeBinding.of(CriterionOption.class, CriterionOption::builder, CriterionOption.Builder::build)
                .optional("minStar", Codecs.STAR_RATING, CriterionOption::getMinStar, CriterionOption.Builder::minStar)
                .required("points", Codecs.INT, CriterionOption::getPoints, CriterionOption.Builder::points)
                .withDefault("pointsKnown", Codecs.BOOLEAN, CriterionOption::isPointsKnown, CriterionOption.Builder::pointsKnown)
                .optional("printed", Codecs.STRING, CriterionOption::getPrinted, CriterionOption.Builder::printed)
                .required("text", Common.LOCALIZED_TEXT, CriterionOption::getText, CriterionOption.Builder::text)
                .build();

        static final TypeBinding<Alternative, ?> ALTERNATIVE = TypeBinding.of(Alternative.class, Alternative::builder, Alternative.Builder::build)
                .required("label", Common.LOCALIZED_TEXT, Alternative::getLabel, Alternative.Builder::label)
                .list("options", CRITERION_OPTION, Alternative::getOptions, Alternative.Builder::options)
                .optional("printedMax", Codecs.INT, Alternative::getPrintedMax, Alternative.Builder::printedMax)
                .build();

        static final TypeBinding<Knockout, ?> KNOCKOUT = TypeBinding.of(Knockout.class, () -> new Object[2],
                        a -> Knockout.of((LocalizedText) a[1], (KnockoutEffect) a[0]))
                .required("effect", Codecs.enumOf(KnockoutEffect.class), Knockout::getEffect, (a, v) -> a[0] = v)
                .required("text", Common.LOCALIZED_TEXT, Knockout::getText, (a, v) -> a[1] = v)
                .build();

        static final TypeBinding<Criterion, ?> CRITERION = TypeBinding.of(Criterion.class, Criterion::builder, Criterion.Builder::build)
                .list("alternatives", ALTERNATIVE, Criterion::getAlternatives, Criterion.Builder::alternatives)
                .required("code", Codecs.STRING, Criterion::getCode, Criterion.Builder::code)
                .optional("condition", Common.LOCALIZED_TEXT, Criterion::getCondition, Criterion.Builder::condition)
                .optional("description", Codecs.STRING, Criterion::getDescription, Criterion.Builder::description)
                .withDefault("implicit", Codecs.BOOLEAN, Criterion::isImplicit, Criterion.Builder::implicit)
                .withDefault("kind", Codecs.enumOf(CriterionKind.class), Criterion::getKind, Criterion.Builder::kind)
                .optional("knockout", KNOCKOUT, Criterion::getKnockout, Criterion.Builder::knockout)
                .optional("label", Codecs.STRING, Criterion::getLabel, Criterion.Builder::label)
                .required("maxPoints", Codecs.INT, Criterion::getMaxPoints, Criterion.Builder::maxPoints)
                .optional("minStar", Codecs.STAR_RATING, Criterion::getMinStar, Criterion.Builder::minStar)
                .required("name", Common.LOCALIZED_TEXT, Criterion::getName, Criterion.Builder::name)
                .list("notes", Codecs.STRING, Criterion::getNotes, Criterion.Builder::notes)
                .list("options", CRITERION_OPTION, Criterion::getOptions, Criterion.Builder::options)
                .optional("printedMax", Codecs.STRING, Criterion::getPrintedMax, Criterion.Builder::printedMax)
                .optional("requiredCriterion", Codecs.STRING, Criterion::getRequiredCriterion, Criterion.Builder::requiredCriterion)
                .optional("selectionRule", Common.LOCALIZED_TEXT, Criterion::getSelectionRule, Criterion.Builder::selectionRule)
                .list("sourceNotes", Codecs.STRING, Criterion::getSourceNotes, Criterion.Builder::sourceNotes)
                .list("subCriteria", Codecs.ref(Criterion.class, () -> Rules.CRITERION), Criterion::getSubCriteria, Criterion.Builder::subCriteria)
                .build();

        static final TypeBinding<CriterionGroup, ?> CRITERION_GROUP = TypeBinding.of(CriterionGroup.class, CriterionGroup::builder, CriterionGroup.Builder::build)
                .required("code", Codecs.STRING, CriterionGroup::getCode, CriterionGroup.Builder::code)
                .list("criteria", CRITERION, CriterionGroup::getCriteria, CriterionGroup.Builder::criteria)
                .optional("description", Codecs.STRING, CriterionGroup::getDescription, CriterionGroup.Builder::description)
                .optional("knockout", KNOCKOUT, CriterionGroup::getKnockout, CriterionGroup.Builder::knockout)
                .required("maxPoints", Codecs.INT, CriterionGroup::getMaxPoints, CriterionGroup.Builder::maxPoints)
                .required("name", Common.LOCALIZED_TEXT, CriterionGroup::getName, CriterionGroup.Builder::name)
                .optional("printedMax", Codecs.STRING, CriterionGroup::getPrintedMax, CriterionGroup.Builder::printedMax)
                .list("sourceNotes", Codecs.STRING, CriterionGroup::getSourceNotes, CriterionGroup.Builder::sourceNotes)
                .build();

        static final TypeBinding<SheetPart, ?> SHEET_PART = TypeBinding.of(SheetPart.class, SheetPart::builder, SheetPart.Builder::build)
                .required("code", Codecs.enumOf(PartCode.class), SheetPart::getCode, SheetPart.Builder::code)
                .list("groups", CRITERION_GROUP, SheetPart::getGroups, SheetPart.Builder::groups)
                .optional("heading", Codecs.STRING, SheetPart::getHeading, SheetPart.Builder::heading)
                .required("maxPoints", Codecs.INT, SheetPart::getMaxPoints, SheetPart.Builder::maxPoints)
                .required("name", Common.LOCALIZED_TEXT, SheetPart::getName, SheetPart.Builder::name)
                .list("sourceNotes", Codecs.STRING, SheetPart::getSourceNotes, SheetPart.Builder::sourceNotes)
                .build();

        static final TypeBinding<CriteriaSheet, ?> CRITERIA_SHEET = TypeBinding.of(CriteriaSheet.class, CriteriaSheet::builder, CriteriaSheet.Builder::build)
                .list("disqualifiers", Codecs.STRING, CriteriaSheet::getDisqualifiers, CriteriaSheet.Builder::disqualifiers)
                .optional("incompleteReason", Codecs.STRING, CriteriaSheet::getIncompleteReason, CriteriaSheet.Builder::incompleteReason)
                .withDefault("maxPoints", Codecs.INT, CriteriaSheet::getMaxPoints, CriteriaSheet.Builder::maxPoints)
                .required("name", Common.LOCALIZED_TEXT, CriteriaSheet::getName, CriteriaSheet.Builder::name)
                .list("notes", Codecs.STRING, CriteriaSheet::getNotes, CriteriaSheet.Builder::notes)
                .required("number", Codecs.INT, CriteriaSheet::getNumber, CriteriaSheet.Builder::number)
                .list("parts", SHEET_PART, CriteriaSheet::getParts, CriteriaSheet.Builder::parts)
                .list("sourceNotes", Codecs.STRING, CriteriaSheet::getSourceNotes, CriteriaSheet.Builder::sourceNotes)
                .build();

        static final TypeBinding<StarBand, ?> STAR_BAND = TypeBinding.of(StarBand.class, () -> new Object[2],
                        a -> StarBand.of((StarRating) a[1], (BigDecimal) a[0]))
                .required("from", Codecs.DECIMAL, StarBand::getFrom, (a, v) -> a[0] = v)
                .required("rating", Codecs.STAR_RATING, StarBand::getRating, (a, v) -> a[1] = v)
                .build();

        static final TypeBinding<LegalParameter, ?> LEGAL_PARAMETER = TypeBinding.of(LegalParameter.class,
                        LegalParameter::builder, LegalParameter.Builder::build)
                .optional("annex", Codecs.STRING, LegalParameter::getAnnex, LegalParameter.Builder::annex)
                .optional("article", Codecs.STRING, LegalParameter::getArticle, LegalParameter.Builder::article)
                .optional("clause", Codecs.STRING, LegalParameter::getClause, LegalParameter.Builder::clause)
                .required("decision", Codecs.STRING, LegalParameter::getDecision, LegalParameter.Builder::decision)
                .optional("from", Codecs.DATE, LegalParameter::getFrom, LegalParameter.Builder::from)
                .required("name", Codecs.enumOf(ParameterName.class), LegalParameter::getName, LegalParameter.Builder::name)
                .optional("note", Codecs.STRING, LegalParameter::getNote, LegalParameter.Builder::note)
                .optional("point", Codecs.STRING, LegalParameter::getPoint, LegalParameter.Builder::point)
                .optional("to", Codecs.DATE, LegalParameter::getTo, LegalParameter.Builder::to)
                .optional("unknownReason", Codecs.STRING, LegalParameter::getUnknownReason, LegalParameter.Builder::unknownReason)
                .optional("value", Codecs.STRING, LegalParameter::getValue, LegalParameter.Builder::value)
                .build();

        static final TypeBinding<Rulebook, ?> RULEBOOK = TypeBinding.of(Rulebook.class, Rulebook::builder, Rulebook.Builder::build)
                .list("amendments", Codecs.STRING, Rulebook::getAmendments, Rulebook.Builder::amendments)
                .list("bands", STAR_BAND, Rulebook::getBands, Rulebook.Builder::bands)
                .withDefault("classification", Codecs.enumOf(ClassificationScheme.class), Rulebook::getClassification, Rulebook.Builder::classification)
                .required("completeness", Codecs.enumOf(Completeness.class), Rulebook::getCompleteness, Rulebook.Builder::completeness)
                .list("corrections", CORRECTION, Rulebook::getCorrections, Rulebook.Builder::corrections)
                .required("effectiveFrom", Codecs.DATE, Rulebook::getEffectiveFrom, Rulebook.Builder::effectiveFrom)
                .optional("effectiveTo", Codecs.DATE, Rulebook::getEffectiveTo, Rulebook.Builder::effectiveTo)
                .required("id", Codecs.STRING, Rulebook::getId, Rulebook.Builder::id)
                .required("legalReference", Codecs.STRING, Rulebook::getLegalReference, Rulebook.Builder::legalReference)
                .list("parameters", LEGAL_PARAMETER, Rulebook::getParameters, Rulebook.Builder::parameters)
                .map("partMaxima", Codecs.enumOf(PartCode.class), Codecs.INT, Rulebook::getPartMaxima, Rulebook.Builder::partMaxima)
                .required("provenance", Codecs.STRING, Rulebook::getProvenance, Rulebook.Builder::provenance)
                .optional("replaces", Codecs.STRING, Rulebook::getReplaces, Rulebook.Builder::replaces)
                .list("sheets", CRITERIA_SHEET, Rulebook::getSheets, Rulebook.Builder::sheets)
                .required("signedOn", Codecs.DATE, Rulebook::getSignedOn, Rulebook.Builder::signedOn)
                .required("title", Common.LOCALIZED_TEXT, Rulebook::getTitle, Rulebook.Builder::title)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(CORRECTION, CRITERION_OPTION, ALTERNATIVE, KNOCKOUT, CRITERION, CRITERION_GROUP, SHEET_PART, CRITERIA_SHEET, STAR_BAND, LEGAL_PARAMETER, RULEBOOK);
    }

    /** The evaluation document: council, member scores, knock-out findings. */
    static final class Evaluations {

        private Evaluations() {}

        static final TypeBinding<CouncilMember, ?> COUNCIL_MEMBER = TypeBinding.of(CouncilMember.class, CouncilMember::builder, CouncilMember.Builder::build)
                .required("id", Codecs.STRING, CouncilMember::getId, CouncilMember.Builder::id)
                .required("name", Codecs.STRING, CouncilMember::getName, CouncilMember.Builder::name)
                .optional("role", Codecs.STRING, CouncilMember::getRole, CouncilMember.Builder::role)
                .build();

        static final TypeBinding<Council, ?> COUNCIL = TypeBinding.of(Council.class, Council::builder, Council.Builder::build)
                .optional("chairId", Codecs.STRING, Council::getChairId, Council.Builder::chairId)
                .required("level", Codecs.enumOf(AuthorityLevel.class), Council::getLevel, Council.Builder::level)
                .list("members", COUNCIL_MEMBER, Council::getMembers, Council.Builder::members)
                .set("present", Codecs.STRING, Council::getPresent, Council.Builder::present)
                .build();

        /** Built with {@link MemberScores#of}, which copies the choices once (a builder would copy them twice). */
        @SuppressWarnings("unchecked")
        static final TypeBinding<MemberScores, ?> MEMBER_SCORES = TypeBinding.of(MemberScores.class, () -> new Object[2],
                        a -> MemberScores.of((String) a[1], a[0] == null ? Map.of() : (Map<String, Integer>) a[0]))
                .map("choices", Codecs.STRING, Codecs.CHOICE, MemberScores::getChoices, (a, v) -> a[0] = v)
                .required("memberId", Codecs.STRING, MemberScores::getMemberId, (a, v) -> a[1] = v)
                .build();

        static final TypeBinding<KnockoutFinding, ?> KNOCKOUT_FINDING = TypeBinding.of(KnockoutFinding.class, KnockoutFinding::builder, KnockoutFinding.Builder::build)
                .optional("code", Codecs.STRING, KnockoutFinding::getCode, KnockoutFinding.Builder::code)
                .required("reason", Codecs.STRING, KnockoutFinding::getReason, KnockoutFinding.Builder::reason)
                .build();

        static final TypeBinding<Evaluation, ?> EVALUATION = TypeBinding.of(Evaluation.class, Evaluation::builder, Evaluation.Builder::build)
                .optional("consensus", MEMBER_SCORES, Evaluation::getConsensus, Evaluation.Builder::consensus)
                .required("council", COUNCIL, Evaluation::getCouncil, Evaluation.Builder::council)
                .optional("currentRating", Codecs.STAR_RATING, Evaluation::getCurrentRating, Evaluation.Builder::currentRating)
                .optional("evaluatedOn", Codecs.DATE, Evaluation::getEvaluatedOn, Evaluation.Builder::evaluatedOn)
                .withDefault("evaluationType", "type", Codecs.enumOf(EvaluationType.class), Evaluation::getType, Evaluation.Builder::type)
                .optional("id", Codecs.STRING, Evaluation::getId, Evaluation.Builder::id)
                .list("knockouts", KNOCKOUT_FINDING, Evaluation::getKnockouts, Evaluation.Builder::knockouts)
                .list("memberScores", MEMBER_SCORES, Evaluation::getMemberScores, Evaluation.Builder::memberScores)
                .required("product", Common.PRODUCT, Evaluation::getProduct, Evaluation.Builder::product)
                .optional("rulebookId", Codecs.STRING, Evaluation::getRulebookId, Evaluation.Builder::rulebookId)
                .required("submittedOn", Codecs.DATE, Evaluation::getSubmittedOn, Evaluation.Builder::submittedOn)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(COUNCIL_MEMBER, COUNCIL, MEMBER_SCORES, KNOCKOUT_FINDING, EVALUATION);
    }

    /** The score result document. */
    static final class Results {

        private Results() {}

        static final TypeBinding<MemberTotal, ?> MEMBER_TOTAL = TypeBinding.of(MemberTotal.class, MemberTotal::builder, MemberTotal.Builder::build)
                .required("memberId", Codecs.STRING, MemberTotal::getMemberId, MemberTotal.Builder::memberId)
                .map("partTotals", Codecs.enumOf(PartCode.class), Codecs.INT, MemberTotal::getPartTotals, MemberTotal.Builder::partTotals)
                .required("total", Codecs.INT, MemberTotal::getTotal, MemberTotal.Builder::total)
                .build();

        static final TypeBinding<GateCheck, ?> GATE_CHECK = TypeBinding.of(GateCheck.class, GateCheck::builder, GateCheck.Builder::build)
                .required("criterionCode", Codecs.STRING, GateCheck::getCriterionCode, GateCheck.Builder::criterionCode)
                .map("memberChoices", Codecs.STRING, Codecs.INT, GateCheck::getMemberChoices, GateCheck.Builder::memberChoices)
                .required("met", Codecs.BOOLEAN, GateCheck::isMet, GateCheck.Builder::met)
                .required("requiredOption", Codecs.INT, GateCheck::getRequiredOption, GateCheck.Builder::requiredOption)
                .required("star", Codecs.STAR_RATING, GateCheck::getStar, GateCheck.Builder::star)
                .build();

        static final TypeBinding<PlanStep, ?> PLAN_STEP = TypeBinding.of(PlanStep.class, PlanStep::builder, PlanStep.Builder::build)
                .required("criterionCode", Codecs.STRING, PlanStep::getCriterionCode, PlanStep.Builder::criterionCode)
                .required("fromOption", Codecs.INT, PlanStep::getFromOption, PlanStep.Builder::fromOption)
                .required("pointsGained", Codecs.DECIMAL, PlanStep::getPointsGained, PlanStep.Builder::pointsGained)
                .required("toOption", Codecs.INT, PlanStep::getToOption, PlanStep.Builder::toOption)
                .build();

        static final TypeBinding<NextStarAdvice, ?> NEXT_STAR_ADVICE = TypeBinding.of(NextStarAdvice.class, NextStarAdvice::builder, NextStarAdvice.Builder::build)
                .list("failingGates", Codecs.STRING, NextStarAdvice::getFailingGates, NextStarAdvice.Builder::failingGates)
                .list("plan", PLAN_STEP, NextStarAdvice::getPlan, NextStarAdvice.Builder::plan)
                .required("pointsLacking", Codecs.DECIMAL, NextStarAdvice::getPointsLacking, NextStarAdvice.Builder::pointsLacking)
                .required("reachable", Codecs.BOOLEAN, NextStarAdvice::isReachable, NextStarAdvice.Builder::reachable)
                .required("target", Codecs.STAR_RATING, NextStarAdvice::getTarget, NextStarAdvice.Builder::target)
                .build();

        static final TypeBinding<ResultNote, ?> RESULT_NOTE = TypeBinding.of(ResultNote.class, ResultNote::builder, ResultNote.Builder::build)
                .required("code", Codecs.enumOf(NoteCode.class), ResultNote::getCode, ResultNote.Builder::code)
                .list("parameters", Codecs.STRING, ResultNote::getParameters, ResultNote.Builder::parameters)
                .derived("text", Codecs.STRING, ResultNote::getText)
                .build();

        static final TypeBinding<ScoreResult, ?> SCORE_RESULT = TypeBinding.of(ScoreResult.class, ScoreResult::builder, ScoreResult.Builder::build)
                .derived("averageExact", Codecs.STRING, ScoreResult::getAverageExact)
                .required("averageScore", Codecs.DECIMAL, ScoreResult::getAverageScore, ScoreResult.Builder::averageScore)
                .required("band", Codecs.STAR_RATING, ScoreResult::getBand, ScoreResult.Builder::band)
                .derived("councilAverage", Codecs.DECIMAL, ScoreResult::getCouncilAverage)
                .optional("evaluationId", Codecs.STRING, ScoreResult::getEvaluationId, ScoreResult.Builder::evaluationId)
                .required("fiveStarPotential", Codecs.BOOLEAN, ScoreResult::isFiveStarPotential, ScoreResult.Builder::fiveStarPotential)
                .list("gates", GATE_CHECK, ScoreResult::getGates, ScoreResult.Builder::gates)
                .map("groupAverages", Codecs.STRING, Codecs.DECIMAL, ScoreResult::getGroupAverages, ScoreResult.Builder::groupAverages)
                .list("knockouts", Evaluations.KNOCKOUT_FINDING, ScoreResult::getKnockouts, ScoreResult.Builder::knockouts)
                .list("memberTotals", MEMBER_TOTAL, ScoreResult::getMemberTotals, ScoreResult.Builder::memberTotals)
                .optional("nextStar", NEXT_STAR_ADVICE, ScoreResult::getNextStar, ScoreResult.Builder::nextStar)
                .list("notFinalReasons", RESULT_NOTE, ScoreResult::getNotFinalReasons, ScoreResult.Builder::notFinalReasons)
                .required("outcome", Codecs.enumOf(Outcome.class), ScoreResult::getOutcome, ScoreResult.Builder::outcome)
                .map("partAverages", Codecs.enumOf(PartCode.class), Codecs.DECIMAL, ScoreResult::getPartAverages, ScoreResult.Builder::partAverages)
                .withDefault("policy", Codecs.SCORING_POLICY, ScoreResult::getPolicy, ScoreResult.Builder::policy)
                .required("productId", Codecs.STRING, ScoreResult::getProductId, ScoreResult.Builder::productId)
                .required("recognisable", Codecs.BOOLEAN, ScoreResult::isRecognisable, ScoreResult.Builder::recognisable)
                .optional("recognitionLevel", Codecs.enumOf(AuthorityLevel.class), ScoreResult::getRecognitionLevel, ScoreResult.Builder::recognitionLevel)
                .required("rulebookId", Codecs.STRING, ScoreResult::getRulebookId, ScoreResult.Builder::rulebookId)
                .required("sheetNumber", Codecs.INT, ScoreResult::getSheetNumber, ScoreResult.Builder::sheetNumber)
                .optional("stars", Codecs.STAR_RATING, ScoreResult::getStars, ScoreResult.Builder::stars)
                .list("warnings", RESULT_NOTE, ScoreResult::getWarnings, ScoreResult.Builder::warnings)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(MEMBER_TOTAL, GATE_CHECK, PLAN_STEP, NEXT_STAR_ADVICE, RESULT_NOTE, SCORE_RESULT);
    }

    /** Certificates, revocations, inspections and lifecycle events. */
    static final class Recognition {

        private Recognition() {}

        static final TypeBinding<Certificate, ?> CERTIFICATE = TypeBinding.of(Certificate.class, Certificate::builder, Certificate.Builder::build)
                .required("decisionNumber", Codecs.STRING, Certificate::getDecisionNumber, Certificate.Builder::decisionNumber)
                .required("issuedOn", Codecs.DATE, Certificate::getIssuedOn, Certificate.Builder::issuedOn)
                .required("issuerLevel", Codecs.enumOf(AuthorityLevel.class), Certificate::getIssuerLevel, Certificate.Builder::issuerLevel)
                .required("issuingAuthority", Codecs.STRING, Certificate::getIssuingAuthority, Certificate.Builder::issuingAuthority)
                .required("productId", Codecs.STRING, Certificate::getProductId, Certificate.Builder::productId)
                .required("rating", Codecs.STAR_RATING, Certificate::getRating, Certificate.Builder::rating)
                .required("rulebookId", Codecs.STRING, Certificate::getRulebookId, Certificate.Builder::rulebookId)
                .required("validUntil", Codecs.DATE, Certificate::getValidUntil, Certificate.Builder::validUntil)
                .build();

        static final TypeBinding<Revocation, ?> REVOCATION = TypeBinding.of(Revocation.class, Revocation::builder, Revocation.Builder::build)
                .required("authority", Codecs.STRING, Revocation::getAuthority, Revocation.Builder::authority)
                .required("authorityLevel", Codecs.enumOf(AuthorityLevel.class), Revocation::getAuthorityLevel, Revocation.Builder::authorityLevel)
                .required("certificateDecisionNumber", Codecs.STRING, Revocation::getCertificateDecisionNumber, Revocation.Builder::certificateDecisionNumber)
                .required("concludedOn", Codecs.DATE, Revocation::getConcludedOn, Revocation.Builder::concludedOn)
                .optional("decisionNumber", Codecs.STRING, Revocation::getDecisionNumber, Revocation.Builder::decisionNumber)
                .required("effectiveOn", Codecs.DATE, Revocation::getEffectiveOn, Revocation.Builder::effectiveOn)
                .required("ground", Codecs.enumOf(RevocationGround.class), Revocation::getGround, Revocation.Builder::ground)
                .required("productId", Codecs.STRING, Revocation::getProductId, Revocation.Builder::productId)
                .build();

        static final TypeBinding<InspectionResult, ?> INSPECTION_RESULT = TypeBinding.of(InspectionResult.class, InspectionResult::builder, InspectionResult.Builder::build)
                .optional("assessedRank", Codecs.STAR_RATING, InspectionResult::getAssessedRank, InspectionResult.Builder::assessedRank)
                .required("concludedOn", Codecs.DATE, InspectionResult::getConcludedOn, InspectionResult.Builder::concludedOn)
                .withDefault("criteriaMaintained", Codecs.BOOLEAN, InspectionResult::isCriteriaMaintained, InspectionResult.Builder::criteriaMaintained)
                .list("findings", Codecs.STRING, InspectionResult::getFindings, InspectionResult.Builder::findings)
                .required("inspectingAuthority", Codecs.STRING, InspectionResult::getInspectingAuthority, InspectionResult.Builder::inspectingAuthority)
                .required("inspectorLevel", Codecs.enumOf(AuthorityLevel.class), InspectionResult::getInspectorLevel, InspectionResult.Builder::inspectorLevel)
                .withDefault("kind", Codecs.enumOf(InspectionKind.class), InspectionResult::getKind, InspectionResult.Builder::kind)
                .withDefault("markUsedCorrectly", Codecs.BOOLEAN, InspectionResult::isMarkUsedCorrectly, InspectionResult.Builder::markUsedCorrectly)
                .required("productId", Codecs.STRING, InspectionResult::getProductId, InspectionResult.Builder::productId)
                .optional("revocationGround", Codecs.enumOf(RevocationGround.class), InspectionResult::getRevocationGround, InspectionResult.Builder::revocationGround)
                .build();

        static final TypeBinding<LifecycleEvent, ?> LIFECYCLE_EVENT = TypeBinding.of(LifecycleEvent.class, LifecycleEvent::builder, LifecycleEvent.Builder::build)
                .optional("certificate", CERTIFICATE, LifecycleEvent::getCertificate, LifecycleEvent.Builder::certificate)
                .required("date", Codecs.DATE, LifecycleEvent::getDate, LifecycleEvent.Builder::date)
                .required("eventType", "type", Codecs.enumOf(LifecycleEventType.class), LifecycleEvent::getType, LifecycleEvent.Builder::type)
                .optional("inspection", INSPECTION_RESULT, LifecycleEvent::getInspection, LifecycleEvent.Builder::inspection)
                .optional("note", Codecs.STRING, LifecycleEvent::getNote, LifecycleEvent.Builder::note)
                .required("productId", Codecs.STRING, LifecycleEvent::getProductId, LifecycleEvent.Builder::productId)
                .optional("revocation", REVOCATION, LifecycleEvent::getRevocation, LifecycleEvent.Builder::revocation)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(CERTIFICATE, REVOCATION, INSPECTION_RESULT, LIFECYCLE_EVENT);
    }

    /** The registry document. */
    static final class Registry {

        private Registry() {}

        static final TypeBinding<RegistryProduct, ?> REGISTRY_PRODUCT = TypeBinding.of(RegistryProduct.class, RegistryProduct::builder, RegistryProduct.Builder::build)
                .required("id", Codecs.STRING, RegistryProduct::getId, RegistryProduct.Builder::id)
                .required("name", Common.LOCALIZED_TEXT, RegistryProduct::getName, RegistryProduct.Builder::name)
                .required("producerId", Codecs.STRING, RegistryProduct::getProducerId, RegistryProduct.Builder::producerId)
                .required("productSet", Codecs.enumOf(ProductSet.class), RegistryProduct::getProductSet, RegistryProduct.Builder::productSet)
                .build();

        static final TypeBinding<RegistryRecords, ?> REGISTRY_RECORDS = TypeBinding.of(RegistryRecords.class, RegistryRecords::builder, RegistryRecords.Builder::build)
                .list("events", Recognition.LIFECYCLE_EVENT, RegistryRecords::getEvents, RegistryRecords.Builder::events)
                .optional("name", Codecs.STRING, RegistryRecords::getName, RegistryRecords.Builder::name)
                .list("producers", Common.PRODUCER, RegistryRecords::getProducers, RegistryRecords.Builder::producers)
                .list("products", REGISTRY_PRODUCT, RegistryRecords::getProducts, RegistryRecords.Builder::products)
                .optional("reportOn", Codecs.DATE, RegistryRecords::getReportOn, RegistryRecords.Builder::reportOn)
                .build();

        static final Map<Class<?>, TypeBinding<?, ?>> BY_TYPE = index(REGISTRY_PRODUCT, REGISTRY_RECORDS);
    }
}
