package org.ocop.examples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void vietnameseInEitherNormalFormLinesUp() {
        String decomposed = Normalizer.normalize("Rượu men lá", Normalizer.Form.NFD);
        String table = new TextTable("Sản phẩm", ">Điểm").row(decomposed, "60.50").row("Chè", "81.14").render();
        List<String> lines = table.lines().toList();
        // "Rượu men lá" is 11 letters in NFC (ư, ợ, á are single code points), the widest cell of column 1
        assertThat(lines.get(2)).isEqualTo("Rượu men lá  60.50");
        assertThat(lines.get(3)).isEqualTo("Chè          81.14");
        assertThat(lines.get(1)).isEqualTo("───────────  ─────");
    }

    @Test
    void truncatesWithAnEllipsis() {
        assertThat(TextTable.truncate("Điểm du lịch cộng đồng", 8)).isEqualTo("Điểm du…");
        assertThat(TextTable.truncate("Chè", 8)).isEqualTo("Chè");
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new TextTable("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
