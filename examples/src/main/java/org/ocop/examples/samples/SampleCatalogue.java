package org.ocop.examples.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.LocalizedText;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.Evaluation;
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
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.examples.samples.SampleDesigner.Design;

/**
 * The definitions behind the bundled sample evaluations: producers, products, councils and how each
 * member filled the sheet. {@link SampleWriter} turns them into the JSON documents under
 * {@code src/main/resources/samples/evaluations/}; a test checks that those files still match.
 *
 * <p><b>Illustrative.</b> The kinds of products and producers are those Vietnamese news reports for OCOP
 * (a fish cake and peanut candy maker ranked 4★, crispy dried young sticky corn at 3★, bird's nest, dried
 * everlasting "immortal" flowers, fermented pork roll, tea from a province with about 22,000 ha of tea,
 * beef jerky, a vermicelli with 5★ potential, leaf-yeast rice wine, a community-tourism site). Every name,
 * code, council member and score here is made up.
 */
public final class SampleCatalogue {

    /** The submission date of every sample: 26/2026/QĐ-TTg is in force (from 2026-05-22). */
    public static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 9, 7);
    /** The day the provincial councils scored. */
    public static final LocalDate EVALUATED_ON = LocalDate.of(2026, 10, 15);

    /**
     * One sample: its short name, the evaluation's facts and how it was filled, and the rank it is meant
     * to reach under QD-26-2026 (empty when meant to be disqualified).
     *
     * @param name the short name, also the file name
     * @param intended the rank the sample is designed to reach
     * @param why one line on what the sample shows
     * @param product the product
     * @param council the council
     * @param design how the members filled the sheet
     */
    public record Definition(String name, StarRating intended, String why, Product product, Council council,
            Design design) {

        /**
         * @param sheets the sheets of the rulebook in force, by number
         * @return the evaluation, each member's sheet filled by {@link SampleDesigner}
         */
        public Evaluation evaluation(IntFunction<CriteriaSheet> sheets) {
            CriteriaSheet sheet = sheets.apply(product.getProductSet().sheetNumber());
            Evaluation.Builder ev = Evaluation.builder().id("EV-2026-" + name).product(product)
                    .submittedOn(SUBMITTED_ON).evaluatedOn(EVALUATED_ON).council(council);
            List<CouncilMember> members = council.getMembers();
            for (int i = 0; i < members.size(); i++) {
                ev.addMemberScores(SampleDesigner.fill(sheet, members.get(i).getId(), i, design));
            }
            return ev.build();
        }
    }

    private static final String[][] PEOPLE = {
        {"Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng"},
        {"Trần Thị Bích", "Sở Nông nghiệp và Môi trường"},
        {"Lê Minh Châu", "Sở Công Thương"},
        {"Phạm Thu Dung", "Sở Y tế"},
        {"Hoàng Quốc Đạt", "Sở Khoa học và Công nghệ"},
        {"Vũ Thị Giang", "Văn phòng Điều phối nông thôn mới tỉnh"},
        {"Đặng Hữu Hùng", "Sở Văn hóa, Thể thao và Du lịch"},
    };

    private SampleCatalogue() {}

    /** @return every sample definition, in demo order */
    public static List<Definition> all() {
        Producer fishCakeMaker = producer("PR-QN-014", "Hộ kinh doanh Chả cá Bà Lan", ProducerType.BUSINESS_HOUSEHOLD,
                "22", "Quảng Ninh", "06820", "Phường Hồng Gai (minh họa)", null, 12, 9, 12);
        Producer cornCoop = producer("PR-TH-031", "Hợp tác xã Nông sản Đồng Xuân", ProducerType.COOPERATIVE, "38",
                "Thanh Hóa", "15940", "Xã Đồng Xuân (minh họa)", "2802345671", 25, 18, 25);
        Producer nestCompany = producer("PR-KH-007", "Công ty TNHH Yến sào Đảo Xanh", ProducerType.SMALL_MEDIUM_ENTERPRISE,
                "56", "Khánh Hòa", "22330", "Phường Nha Trang (minh họa)", "4201234567", 48, 30, 40);
        Producer flowerGroup = producer("PR-LD-052", "Tổ hợp tác Hoa bất tử Cầu Đất", ProducerType.COOPERATIVE_GROUP,
                "68", "Lâm Đồng", "24850", "Xã Cầu Đất (minh họa)", null, 15, 12, 15);
        Producer nemHousehold = producer("PR-TH-076", "Hộ kinh doanh Nem chua Cô Hạnh", ProducerType.BUSINESS_HOUSEHOLD,
                "38", "Thanh Hóa", "14875", "Phường Hạc Thành (minh họa)", null, 8, 6, 8);
        Producer teaCoop = producer("PR-TN-003", "Hợp tác xã Chè Tân Cương Xanh", ProducerType.COOPERATIVE, "19",
                "Thái Nguyên", "05710", "Xã Tân Cương (minh họa)", "4600123456", 40, 26, 40);
        Producer jerkyCompany = producer("PR-GL-019", "Công ty TNHH Thực phẩm Cao Nguyên Đỏ",
                ProducerType.SMALL_MEDIUM_ENTERPRISE, "64", "Gia Lai", "23560", "Phường Pleiku (minh họa)", "5901234567",
                35, 20, 30);
        Producer vermicelliCompany = producer("PR-BN-002", "Công ty Cổ phần Bún gạo Làng Nghề",
                ProducerType.SMALL_MEDIUM_ENTERPRISE, "27", "Bắc Ninh", "09340", "Xã Khắc Niệm (minh họa)", "2301234567",
                60, 38, 55);
        Producer wineCoop = producer("PR-TN-088", "Hợp tác xã Rượu men lá Bản Nà", ProducerType.COOPERATIVE, "19",
                "Thái Nguyên", "02050", "Xã Bằng Vân (minh họa)", "4700123456", 18, 11, 18);
        Producer tourismOrg = producer("PR-LC-004", "Hợp tác xã Du lịch cộng đồng Bản Mây", ProducerType.COOPERATIVE,
                "15", "Lào Cai", "02680", "Xã Tả Van (minh họa)", "5300123456", 30, 19, 30);

        List<Definition> all = new ArrayList<>();
        all.add(new Definition("fish-cake", StarRating.FOUR,
                "A 4★ processed-aquatic product of a business household that also makes peanut candy",
                product("SP-QN-0141", "22-06820-01-2026", "Chả cá thu", "Mackerel fish cake",
                        ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY, fishCakeMaker, RawMaterialOrigin.PROVINCE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY, Certification.HACCP),
                        Set.of(IntellectualProperty.TRADEMARK),
                        Set.of(DistributionChannel.SUPERMARKETS, DistributionChannel.E_COMMERCE,
                                DistributionChannel.OCOP_SHOWROOMS), 24_000, "kg", 3_600_000_000L),
                council(6), Design.of(StarRating.FOUR, 78, 11)));
        all.add(new Definition("peanut-candy", StarRating.FOUR,
                "The same household's second product, on the processed-nuts sheet",
                product("SP-QN-0142", "22-06820-02-2026", "Kẹo lạc vừng", "Peanut and sesame candy",
                        ProductSet.PROCESSED_PRODUCE, fishCakeMaker, RawMaterialOrigin.PROVINCE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY), Set.of(IntellectualProperty.TRADEMARK),
                        Set.of(DistributionChannel.LOCAL_RETAIL, DistributionChannel.OCOP_SHOWROOMS,
                                DistributionChannel.E_COMMERCE), 9_000, "kg", 900_000_000L),
                council(5), Design.of(StarRating.FOUR, 74, 12)));
        all.add(new Definition("young-sticky-corn", StarRating.THREE,
                "A 3★ cooperative product from cereals: every 3★ gate met, average in the 3★ band",
                product("SP-TH-0310", "38-15940-03-2026", "Ngô nếp non sấy giòn", "Crispy dried young sticky corn",
                        ProductSet.PROCESSED_RICE_CEREALS, cornCoop, RawMaterialOrigin.COMMUNE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY), Set.of(IntellectualProperty.TRADEMARK_APPLICATION),
                        Set.of(DistributionChannel.DIRECT, DistributionChannel.LOCAL_RETAIL), 6_000, "kg", 540_000_000L),
                council(5), Design.of(StarRating.THREE, 61, 13)));
        all.add(new Definition("bird-nest", StarRating.FOUR,
                "A 4★ pre-processed bird's nest of a small enterprise, on the honey and other farm foods sheet",
                product("SP-KH-0071", "56-22330-01-2026", "Yến sào tinh chế", "Cleaned edible bird's nest",
                        ProductSet.HONEY_AND_OTHER_FARM_FOODS, nestCompany, RawMaterialOrigin.PROVINCE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY, Certification.ISO_22000),
                        Set.of(IntellectualProperty.TRADEMARK, IntellectualProperty.CERTIFICATION_MARK),
                        Set.of(DistributionChannel.NATIONAL_DISTRIBUTORS, DistributionChannel.E_COMMERCE,
                                DistributionChannel.EXPORT), 1_200, "kg", 14_000_000_000L),
                council(7), Design.of(StarRating.FOUR, 83, 14)));
        all.add(new Definition("everlasting-flowers", StarRating.THREE,
                "A 3★ decoration of dried everlasting (\"immortal\") flowers, scored on the decorative-handicrafts sheet",
                product("SP-LD-0520", "68-24850-01-2026", "Hoa bất tử sấy khô trang trí",
                        "Dried everlasting-flower decoration", ProductSet.HANDICRAFTS, flowerGroup,
                        RawMaterialOrigin.COMMUNE, Set.of(), Set.of(IntellectualProperty.TRADEMARK_APPLICATION),
                        Set.of(DistributionChannel.DIRECT, DistributionChannel.E_COMMERCE), 20_000, "bó", 700_000_000L),
                council(5), Design.of(StarRating.THREE, 63, 15)));
        all.add(new Definition("fermented-pork-roll", StarRating.THREE,
                "A 3★ fermented pork roll of a business household, without a written product story",
                withoutStory(product("SP-TH-0760", "38-14875-01-2026", "Nem chua", "Fermented pork roll",
                        ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY, nemHousehold, RawMaterialOrigin.PROVINCE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY), Set.of(),
                        Set.of(DistributionChannel.DIRECT, DistributionChannel.LOCAL_RETAIL), 15_000, "kg", 1_200_000_000L)),
                council(5), Design.of(StarRating.THREE, 58, 16).withoutStory()));
        all.add(new Definition("green-tea", StarRating.FOUR,
                "A 4★ tea of a cooperative in a province of about 22,000 ha of tea (sheet 11 has composite criteria)",
                product("SP-TN-0031", "19-05710-01-2026", "Chè xanh Tân Cương", "Tan Cuong green tea", ProductSet.TEA,
                        teaCoop, RawMaterialOrigin.COMMUNE, Set.of(Certification.VIETGAP),
                        Set.of(IntellectualProperty.COLLECTIVE_MARK, IntellectualProperty.GEOGRAPHICAL_INDICATION),
                        Set.of(DistributionChannel.SUPERMARKETS, DistributionChannel.E_COMMERCE,
                                DistributionChannel.OCOP_SHOWROOMS), 18_000, "kg", 5_400_000_000L),
                council(7), Design.of(StarRating.FOUR, 81, 17)));
        all.add(new Definition("beef-jerky", StarRating.THREE,
                "Averages in the 4★ band but misses the 4★ gate on 1.5 (linkage contracts for over 75% of sales), so it ranks 3★",
                product("SP-GL-0190", "64-23560-01-2026", "Khô bò", "Beef jerky", ProductSet.PROCESSED_MEAT_SEAFOOD_HONEY,
                        jerkyCompany, RawMaterialOrigin.DOMESTIC, Set.of(Certification.FOOD_SAFETY_ELIGIBILITY),
                        Set.of(IntellectualProperty.TRADEMARK),
                        Set.of(DistributionChannel.SUPERMARKETS, DistributionChannel.E_COMMERCE), 8_000, "kg",
                        4_000_000_000L),
                council(6), Design.of(StarRating.FOUR, 74, 18).cap("1.5", 1)));
        all.add(new Definition("rice-vermicelli", StarRating.FIVE,
                "Averages 90+ with every 5★ gate met: 5★ potential, forwarded to the central council",
                product("SP-BN-0021", "27-09340-01-2026", "Bún gạo khô", "Dried rice vermicelli",
                        ProductSet.PROCESSED_RICE_CEREALS, vermicelliCompany, RawMaterialOrigin.PROVINCE,
                        Set.of(Certification.FOOD_SAFETY_ELIGIBILITY, Certification.ISO_22000, Certification.HACCP),
                        Set.of(IntellectualProperty.TRADEMARK, IntellectualProperty.COLLECTIVE_MARK),
                        Set.of(DistributionChannel.SUPERMARKETS, DistributionChannel.NATIONAL_DISTRIBUTORS,
                                DistributionChannel.EXPORT), 400_000, "kg", 12_000_000_000L),
                council(7), Design.of(StarRating.FIVE, 93, 19)));
        all.add(new Definition("leaf-yeast-rice-wine", StarRating.THREE,
                "A 3★ white spirit fermented with leaf yeast (men lá), made by a cooperative",
                product("SP-TN-0880", "19-02050-01-2026", "Rượu men lá", "Leaf-yeast rice wine", ProductSet.WHITE_SPIRIT,
                        wineCoop, RawMaterialOrigin.COMMUNE, Set.of(Certification.FOOD_SAFETY_ELIGIBILITY),
                        Set.of(IntellectualProperty.TRADEMARK_APPLICATION),
                        Set.of(DistributionChannel.DIRECT, DistributionChannel.OCOP_SHOWROOMS), 12_000, "lít",
                        1_500_000_000L),
                council(6), Design.of(StarRating.THREE, 60, 20)));
        all.add(new Definition("community-tourism", StarRating.FOUR,
                "A 4★ community-tourism site run by a cooperative (sheet 26: alternatives, few gates)",
                product("SP-LC-0040", "15-02680-01-2026", "Điểm du lịch cộng đồng Bản Mây", "Ban May community-tourism site",
                        ProductSet.COMMUNITY_TOURISM, tourismOrg, RawMaterialOrigin.COMMUNE, Set.of(),
                        Set.of(IntellectualProperty.TRADEMARK),
                        Set.of(DistributionChannel.DIRECT, DistributionChannel.E_COMMERCE), 9_000, "lượt khách",
                        2_100_000_000L),
                council(7), Design.of(StarRating.FOUR, 76, 21)));
        return List.copyOf(all);
    }

    private static Product withoutStory(Product p) {
        return Product.builder().from(p).storyWritten(false).build();
    }

    private static Council council(int size) {
        Council.Builder council = Council.builder().level(AuthorityLevel.PROVINCE).chairId("tv1");
        for (int i = 0; i < size; i++) {
            council.addMembers(CouncilMember.builder().id("tv" + (i + 1)).name(PEOPLE[i][0]).role(PEOPLE[i][1]).build());
        }
        return council.build();
    }

    private static Producer producer(String id, String name, ProducerType type, String provinceCode, String province,
            String communeCode, String commune, String registration, int workers, int women, int local) {
        Producer.Builder p = Producer.builder().id(id).legalName(name).type(type)
                .address(Address.builder().provinceCode(provinceCode).provinceName(province).communeCode(communeCode)
                        .communeName(commune).build())
                .workforce(Workforce.builder().total(workers).women(women).local(local).build());
        if (registration != null) {
            p.registrationCode(RegistrationCode.of(registration));
        }
        if (type.hasMembers()) {
            p.members(type == ProducerType.COOPERATIVE_GROUP ? 9 : 21);
        }
        return p.build();
    }

    private static Product product(String id, String code, String vi, String en, ProductSet set, Producer producer,
            RawMaterialOrigin origin, Set<Certification> certs, Set<IntellectualProperty> ip,
            Set<DistributionChannel> channels, long output, String unit, long revenue) {
        return Product.builder().id(id).code(ProductCode.parse(code)).name(LocalizedText.of(vi, en)).productSet(set)
                .producer(producer).rawMaterialOrigin(origin).certifications(certs).intellectualProperty(ip)
                .traceable(channels.contains(DistributionChannel.SUPERMARKETS)).storyWritten(true)
                .distributionChannels(channels).annualOutput(java.math.BigDecimal.valueOf(output)).outputUnit(unit)
                .annualRevenueVnd(revenue).build();
    }
}
