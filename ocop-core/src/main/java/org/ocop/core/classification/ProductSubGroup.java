package org.ocop.core.classification;

import org.ocop.core.LocalizedText;

/**
 * The 17 product sub-groups (<i>nhóm</i>) of Decision 26/2026/QĐ-TTg Annex I, each inside one
 * {@link ProductGroup}. Codes are the printed numbers, unique within their group only.
 */
public enum ProductSubGroup {
    /** Fresh food — <i>Thực phẩm tươi sống</i>. */
    FRESH_FOOD(ProductGroup.FOOD, "1", "Thực phẩm tươi sống", "Fresh food"),
    /** Raw and pre-processed food — <i>Thực phẩm thô, sơ chế</i>. */
    RAW_PREPROCESSED_FOOD(ProductGroup.FOOD, "2", "Thực phẩm thô, sơ chế", "Raw and pre-processed food"),
    /** Processed food — <i>Thực phẩm chế biến</i>. */
    PROCESSED_FOOD(ProductGroup.FOOD, "3", "Thực phẩm chế biến", "Processed food"),
    /** Spices and condiments — <i>Gia vị</i>. */
    SPICES(ProductGroup.FOOD, "4", "Gia vị", "Spices and condiments"),
    /** Tea — <i>Chè</i>. */
    TEA(ProductGroup.FOOD, "5", "Chè", "Tea"),
    /** Coffee and cocoa — <i>Cà phê, ca cao</i>. */
    COFFEE_COCOA(ProductGroup.FOOD, "6", "Cà phê, ca cao", "Coffee and cocoa"),
    /** Alcoholic drinks — <i>Đồ uống có cồn</i>. */
    ALCOHOLIC_DRINKS(ProductGroup.BEVERAGES, "1", "Đồ uống có cồn", "Alcoholic drinks"),
    /** Non-alcoholic drinks — <i>Đồ uống không cồn</i>. */
    NON_ALCOHOLIC_DRINKS(ProductGroup.BEVERAGES, "2", "Đồ uống không cồn", "Non-alcoholic drinks"),
    /** Functional foods, herbal medicines, traditional medicines — <i>Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền</i>. */
    FUNCTIONAL_FOODS_MEDICINES(ProductGroup.MEDICINAL_HERBS, "1", "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Functional foods, herbal medicines, traditional medicines"),
    /** Cosmetics with medicinal-herb ingredients — <i>Mỹ phẩm có thành phần từ dược liệu</i>. */
    HERBAL_COSMETICS(ProductGroup.MEDICINAL_HERBS, "2", "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics with medicinal-herb ingredients"),
    /** Essential oils and other medicinal herbs — <i>Tinh dầu và dược liệu khác</i>. */
    ESSENTIAL_OILS_HERBS(ProductGroup.MEDICINAL_HERBS, "3", "Tinh dầu và dược liệu khác", "Essential oils and other medicinal herbs"),
    /** Household and decorative handicrafts — <i>Thủ công mỹ nghệ gia dụng, trang trí</i>. */
    HANDICRAFTS(ProductGroup.HANDICRAFTS, "1", "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts"),
    /** Fabrics and garments — <i>Vải, may mặc</i>. */
    FABRICS_GARMENTS(ProductGroup.HANDICRAFTS, "2", "Vải, may mặc", "Fabrics and garments"),
    /** Flowers — <i>Hoa</i>. */
    FLOWERS(ProductGroup.ORNAMENTALS, "1", "Hoa", "Flowers"),
    /** Ornamental plants — <i>Cây cảnh</i>. */
    ORNAMENTAL_PLANTS(ProductGroup.ORNAMENTALS, "2", "Cây cảnh", "Ornamental plants"),
    /** Ornamental animals — <i>Động vật cảnh</i>. */
    ORNAMENTAL_ANIMALS(ProductGroup.ORNAMENTALS, "3", "Động vật cảnh", "Ornamental animals"),
    /** Community tourism, eco-tourism and tourist-site services — <i>Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch</i>. */
    COMMUNITY_TOURISM(ProductGroup.TOURISM, "1", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community tourism, eco-tourism and tourist-site services");

    private final ProductGroup group;
    private final String code;
    private final LocalizedText name;

    ProductSubGroup(ProductGroup group, String code, String vi, String en) {
        this.group = group;
        this.code = code;
        this.name = LocalizedText.of(vi, en);
    }

    /** @return the group (<i>ngành</i>) this sub-group belongs to */
    public ProductGroup group() {
        return group;
    }

    /** @return the number printed in Annex I, unique within {@link #group()} */
    public String code() {
        return code;
    }

    /** @return the official Vietnamese name and an English rendering */
    public LocalizedText label() {
        return name;
    }
}
