package org.ocop.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classification enums against Decision 26/2026/QĐ-TTg Annex I as shipped in
 * {@code data/qd-26-2026/classification.json}: 6 groups, 17 sub-groups, 26 sets, sheets 1 to 26 in order.
 */
class ClassificationTest {

    private static JsonNode json;

    @BeforeAll
    static void readClassification() throws IOException {
        json = new ObjectMapper().readTree(Path.of("../data/qd-26-2026/classification.json").toFile());
    }

    @Test
    void countsMatchAnnexI() {
        assertThat(ProductGroup.values()).hasSize(6);
        assertThat(ProductSubGroup.values()).hasSize(17);
        assertThat(ProductSet.values()).hasSize(26);
        assertThat(json.path("counts").path("nganh").asInt()).isEqualTo(6);
        assertThat(json.path("counts").path("nhom").asInt()).isEqualTo(17);
        assertThat(json.path("counts").path("sheets").asInt()).isEqualTo(26);
        Set<ProductSubGroup> usedSubGroups = Arrays.stream(ProductSet.values()).map(ProductSet::subGroup)
                .collect(Collectors.toSet());
        Set<ProductGroup> usedGroups = Arrays.stream(ProductSet.values()).map(ProductSet::group).collect(Collectors.toSet());
        assertThat(usedSubGroups).hasSize(17);
        assertThat(usedGroups).hasSize(6);
    }

    @Test
    void setsAreInSheetOrder() {
        ProductSet[] sets = ProductSet.values();
        for (int i = 0; i < sets.length; i++) {
            assertThat(sets[i].sheetNumber()).isEqualTo(i + 1);
            assertThat(ProductSet.ofSheet(i + 1)).isSameAs(sets[i]);
            assertThat(sets[i].subGroup()).isNotNull();
            assertThat(sets[i].group()).isSameAs(sets[i].subGroup().group());
        }
    }

    @Test
    void ofSheetRejectsOtherNumbers() {
        assertThatThrownBy(() -> ProductSet.ofSheet(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OCOP sheet numbers run from 1 to 26, got 0");
        assertThatThrownBy(() -> ProductSet.ofSheet(27)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OCOP sheet numbers run from 1 to 26, got 27");
    }

    @Test
    void groupsMatchTheData() {
        JsonNode nganh = json.path("nganh");
        assertThat(nganh).hasSize(6);
        for (int i = 0; i < nganh.size(); i++) {
            JsonNode g = nganh.get(i);
            ProductGroup group = ProductGroup.ofCode(g.path("code").asText());
            assertThat(group.ordinal()).isEqualTo(i);
            assertThat(group.label().getVi()).isEqualTo(g.path("name_vi").asText());
            assertThat(group.label().getEn()).contains(g.path("name_en").asText());
        }
        assertThatThrownBy(() -> ProductGroup.ofCode("VII")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown OCOP product group (ngành) code: VII");
    }

    @Test
    void subGroupsMatchTheData() {
        int index = 0;
        for (JsonNode g : json.path("nganh")) {
            for (JsonNode n : g.path("nhom")) {
                ProductSubGroup sub = ProductSubGroup.values()[index++];
                String where = g.path("code").asText() + "." + n.path("code").asText();
                assertThat(sub.group().code()).as(where).isEqualTo(g.path("code").asText());
                assertThat(sub.code()).as(where).isEqualTo(n.path("code").asText());
                assertThat(sub.label().getVi()).as(where).isEqualTo(n.path("name_vi").asText());
                assertThat(sub.label().getEn()).as(where).contains(n.path("name_en").asText());
            }
        }
        assertThat(index).isEqualTo(17);
    }

    @Test
    void setsMatchTheData() {
        JsonNode sheets = json.path("sheets");
        assertThat(sheets).hasSize(26);
        for (JsonNode s : sheets) {
            ProductSet set = ProductSet.ofSheet(s.path("sheet").asInt());
            String where = "sheet " + set.sheetNumber();
            assertThat(set.label().getVi()).as(where).isEqualTo(s.path("classification_name_vi").asText());
            assertThat(set.label().getEn()).as(where).contains(s.path("name_en").asText());
            assertThat(set.group().code()).as(where).isEqualTo(s.path("nganh").asText());
            assertThat(set.subGroup().code()).as(where).isEqualTo(s.path("nhom").asText());
            assertThat(set.subGroupLetter()).as(where)
                    .isEqualTo(s.path("phan_nhom").isNull() ? java.util.Optional.empty()
                            : java.util.Optional.of(s.path("phan_nhom").asText()));
            assertThat(set.managingMinistry()).as(where).isEqualTo(s.path("managing_ministry_vi").asText());
        }
    }

    @Test
    void legacyBranchesAreSix() {
        assertThat(LegacyBranch.values()).hasSize(6);
        assertThat(LegacyBranch.FOOD.label().getVi()).isEqualTo("Thực phẩm");
    }
}
