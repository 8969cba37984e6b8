package org.ocop.core.classification;

import java.util.Optional;
import org.ocop.core.LocalizedText;

/**
 * The 26 product sets (<i>bộ sản phẩm</i>) of Decision 26/2026/QĐ-TTg Annex I; each is scored on its
 * own criteria sheet (Annex II, sheets 1 to 26 in this order). Decision 148/QĐ-TTg (2023) used the
 * same 26 sets in the same order.
 *
 * <p>Vietnamese names are as printed in Annex I; the English names are the project's own renderings,
 * not an official translation. The managing ministry (<i>cơ quan chủ trì quản lý</i>) is the column of
 * Annex I.
 */
public enum ProductSet {
    /** Sheet 1: Fresh vegetables, tubers, fruit and nuts/seeds — <i>Rau, củ, quả, hạt tươi</i>. */
    FRESH_PRODUCE(1, ProductSubGroup.FRESH_FOOD, "a", "Rau, củ, quả, hạt tươi", "Fresh vegetables, tubers, fruit and nuts/seeds", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 2: Fresh meat, aquatic products, eggs and milk — <i>Thịt, thủy sản, trứng, sữa tươi</i>. */
    FRESH_MEAT_SEAFOOD_EGGS_MILK(2, ProductSubGroup.FRESH_FOOD, "b", "Thịt, thủy sản, trứng, sữa tươi", "Fresh meat, aquatic products, eggs and milk", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 3: Rice, cereals and other pre-processed grains/seeds — <i>Gạo, ngũ cốc, hạt sơ chế khác</i>. */
    RICE_CEREALS(3, ProductSubGroup.RAW_PREPROCESSED_FOOD, "a", "Gạo, ngũ cốc, hạt sơ chế khác", "Rice, cereals and other pre-processed grains/seeds", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 4: Honey, other syrups and other agricultural food products — <i>Mật ong, mật khác và nông sản thực phẩm khác</i>. */
    HONEY_AND_OTHER_FARM_FOODS(4, ProductSubGroup.RAW_PREPROCESSED_FOOD, "b", "Mật ong, mật khác và nông sản thực phẩm khác", "Honey, other syrups and other agricultural food products", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 5: Fast food — <i>Đồ ăn nhanh</i>. */
    FAST_FOOD(5, ProductSubGroup.PROCESSED_FOOD, "a", "Đồ ăn nhanh", "Fast food", "Bộ Công Thương"),
    /** Sheet 6: Processed rice and cereal products — <i>Chế biến từ gạo, ngũ cốc</i>. */
    PROCESSED_RICE_CEREALS(6, ProductSubGroup.PROCESSED_FOOD, "b", "Chế biến từ gạo, ngũ cốc", "Processed rice and cereal products", "Bộ Nông nghiệp và Môi trường; Bộ Công Thương"),
    /** Sheet 7: Processed vegetable, tuber, fruit and nut products — <i>Chế biến từ rau, củ, quả, hạt</i>. */
    PROCESSED_PRODUCE(7, ProductSubGroup.PROCESSED_FOOD, "c", "Chế biến từ rau, củ, quả, hạt", "Processed vegetable, tuber, fruit and nut products", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 8: Processed meat, aquatic, egg, milk, honey/syrup and other agricultural food products — <i>Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác</i>. */
    PROCESSED_MEAT_SEAFOOD_HONEY(8, ProductSubGroup.PROCESSED_FOOD, "d", "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác", "Processed meat, aquatic, egg, milk, honey/syrup and other agricultural food products", "Bộ Nông nghiệp và Môi trường; Bộ Công Thương"),
    /** Sheet 9: Soy sauces, fish sauce and other liquid condiments — <i>Tương, nước mắm, gia vị dạng lỏng khác</i>. */
    LIQUID_CONDIMENTS(9, ProductSubGroup.SPICES, "a", "Tương, nước mắm, gia vị dạng lỏng khác", "Soy sauces, fish sauce and other liquid condiments", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 10: Other spices and condiments (salt, shallot, garlic, pepper...) — <i>Gia vị khác</i>. */
    OTHER_SPICES(10, ProductSubGroup.SPICES, "b", "Gia vị khác", "Other spices and condiments (salt, shallot, garlic, pepper...)", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 11: Fresh and processed tea — <i>Chè tươi, chế biến</i>. */
    TEA(11, ProductSubGroup.TEA, "a", "Chè tươi, chế biến", "Fresh and processed tea", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 12: Herbal 'tea' products from other plants — <i>Sản phẩm chè từ thực vật khác</i>. */
    HERBAL_TEA(12, ProductSubGroup.TEA, "b", "Sản phẩm chè từ thực vật khác", "Herbal 'tea' products from other plants", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 13: Coffee and cocoa products — <i>Cà phê, ca cao</i>. */
    COFFEE_COCOA(13, ProductSubGroup.COFFEE_COCOA, null, "Cà phê, ca cao", "Coffee and cocoa products", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 14: White spirit (rượu trắng) — <i>Rượu trắng</i>. */
    WHITE_SPIRIT(14, ProductSubGroup.ALCOHOLIC_DRINKS, "a", "Rượu trắng", "White spirit (rượu trắng)", "Bộ Công Thương"),
    /** Sheet 15: Other alcoholic drinks — <i>Đồ uống có cồn khác</i>. */
    OTHER_ALCOHOLIC_DRINKS(15, ProductSubGroup.ALCOHOLIC_DRINKS, "b", "Đồ uống có cồn khác", "Other alcoholic drinks", "Bộ Công Thương"),
    /** Sheet 16: Natural mineral water and bottled drinking water — <i>Nước khoáng thiên nhiên, nước uống đóng chai</i>. */
    BOTTLED_WATER(16, ProductSubGroup.NON_ALCOHOLIC_DRINKS, "a", "Nước khoáng thiên nhiên, nước uống đóng chai", "Natural mineral water and bottled drinking water", "Bộ Y tế"),
    /** Sheet 17: Other non-alcoholic drinks — <i>Đồ uống không cồn</i>. */
    OTHER_NON_ALCOHOLIC_DRINKS(17, ProductSubGroup.NON_ALCOHOLIC_DRINKS, "b", "Đồ uống không cồn", "Other non-alcoholic drinks", "Bộ Công Thương"),
    /** Sheet 18: Functional foods, herbal medicines and traditional medicines — <i>Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền</i>. */
    FUNCTIONAL_FOODS_MEDICINES(18, ProductSubGroup.FUNCTIONAL_FOODS_MEDICINES, null, "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Functional foods, herbal medicines and traditional medicines", "Bộ Y tế"),
    /** Sheet 19: Cosmetics containing medicinal-herb ingredients — <i>Mỹ phẩm có thành phần từ dược liệu</i>. */
    HERBAL_COSMETICS(19, ProductSubGroup.HERBAL_COSMETICS, null, "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics containing medicinal-herb ingredients", "Bộ Y tế"),
    /** Sheet 20: Essential oils and other medicinal herbs — <i>Tinh dầu và dược liệu khác</i>. */
    ESSENTIAL_OILS_HERBS(20, ProductSubGroup.ESSENTIAL_OILS_HERBS, null, "Tinh dầu và dược liệu khác", "Essential oils and other medicinal herbs", "Bộ Y tế; Bộ Công Thương"),
    /** Sheet 21: Household and decorative handicrafts — <i>Thủ công mỹ nghệ gia dụng, trang trí</i>. */
    HANDICRAFTS(21, ProductSubGroup.HANDICRAFTS, null, "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts", "Bộ Công Thương; Bộ Nông nghiệp và Môi trường"),
    /** Sheet 22: Fabrics and garments — <i>Vải, may mặc</i>. */
    FABRICS_GARMENTS(22, ProductSubGroup.FABRICS_GARMENTS, null, "Vải, may mặc", "Fabrics and garments", "Bộ Công Thương"),
    /** Sheet 23: Flowers — <i>Hoa</i>. */
    FLOWERS(23, ProductSubGroup.FLOWERS, null, "Hoa", "Flowers", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 24: Ornamental plants — <i>Cây cảnh</i>. */
    ORNAMENTAL_PLANTS(24, ProductSubGroup.ORNAMENTAL_PLANTS, null, "Cây cảnh", "Ornamental plants", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 25: Ornamental animals — <i>Động vật cảnh</i>. */
    ORNAMENTAL_ANIMALS(25, ProductSubGroup.ORNAMENTAL_ANIMALS, null, "Động vật cảnh", "Ornamental animals", "Bộ Nông nghiệp và Môi trường"),
    /** Sheet 26: Community tourism, eco-tourism and tourist-site services — <i>Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch</i>. */
    COMMUNITY_TOURISM(26, ProductSubGroup.COMMUNITY_TOURISM, null, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community tourism, eco-tourism and tourist-site services", "Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Môi trường");

    private final int sheet;
    private final ProductSubGroup subGroup;
    private final String subGroupLetter;
    private final LocalizedText name;
    private final String managingMinistry;

    ProductSet(int sheet, ProductSubGroup subGroup, String letter, String vi, String en, String ministry) {
        this.sheet = sheet;
        this.subGroup = subGroup;
        this.subGroupLetter = letter;
        this.name = LocalizedText.of(vi, en);
        this.managingMinistry = ministry;
    }

    /** @return the number of the criteria sheet that scores this set, 1 to 26 */
    public int sheetNumber() {
        return sheet;
    }

    /** @return the sub-group (<i>nhóm</i>) */
    public ProductSubGroup subGroup() {
        return subGroup;
    }

    /** @return the group (<i>ngành</i>) */
    public ProductGroup group() {
        return subGroup.group();
    }

    /**
     * @return the letter of the <i>phân nhóm</i> ("a", "b", …), empty where the sub-group is itself the
     *     product set
     */
    public Optional<String> subGroupLetter() {
        return Optional.ofNullable(subGroupLetter);
    }

    /** @return the official Vietnamese name and an English rendering */
    public LocalizedText label() {
        return name;
    }

    /** @return the managing ministry or ministries as printed in Annex I (Vietnamese) */
    public String managingMinistry() {
        return managingMinistry;
    }

    /**
     * Finds the set scored by a sheet.
     *
     * @param sheetNumber 1 to 26
     * @return the product set
     * @throws IllegalArgumentException if the number is outside 1..26
     */
    public static ProductSet ofSheet(int sheetNumber) {
        if (sheetNumber < 1 || sheetNumber > 26) {
            throw new IllegalArgumentException("OCOP sheet numbers run from 1 to 26, got " + sheetNumber);
        }
        return values()[sheetNumber - 1];
    }
}
