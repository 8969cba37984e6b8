package org.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 items 2, 4, 5, 7 (report --on) and 11 on the command line. */
class TemplateAndWordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anUnfilledTemplateSaysWhichCriterionIsNotFilledIn() throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(file, Cli.run("template", "QD-26-2026", "8").out(), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("validate", file.toString());
        assertThat(run.status()).isEqualTo(2);
        // sheet 8 criterion 1.1 (raw material origin) has three options: 1, 2, 3 points
        assertThat(run.err()).contains("at /memberScores/0/choices/1.1: criterion 1.1 is not filled in yet (options 0–2)")
                .doesNotContain("coerce");
    }

    @Test
    void templateTakesTheCouncil() throws IOException {
        JsonNode three = JSON.readTree(Cli.run("template", "QD-26-2026", "8", "--members", "3").out());
        assertThat(three.path("memberScores")).hasSize(3);
        assertThat(three.path("council").path("members")).hasSize(3);
        JsonNode named = JSON.readTree(Cli.run("template", "QD-26-2026", "8", "--members", "chu-tich,tv2").out());
        assertThat(named.path("council").path("chairId").asText()).isEqualTo("chu-tich");
        assertThat(named.path("memberScores").get(1).path("memberId").asText()).isEqualTo("tv2");
        assertThat(Cli.run("template", "QD-26-2026", "8", "--members", "0").status()).isEqualTo(2);
    }

    @Test
    void templateWarnsOnAnIncompleteSheet() {
        // 148 sheet 7 fails its own arithmetic and ships marked incomplete
        Cli.Run run = Cli.run("template", "QD-148-2023", "7", "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("warning: INCOMPLETE");
    }

    @Test
    void validateAcceptsWhatSheetJsonPrints() throws IOException {
        Path file = dir.resolve("sheet.json");
        Files.writeString(file, Cli.run("sheet", "QD-26-2026", "8", "--json").out(), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("validate", file.toString(), "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK (criteria sheet 8");
    }

    @Test
    void langViTranslatesTheCommandLinesOwnWords() {
        Cli.Run score = Cli.run("score", "conformance/cases/same-choices-148/evaluation.json", "--lang", "vi");
        assertThat(score.out()).contains("Sản phẩm", "Hạng sao", "Sao tiếp theo", "chấm theo bộ tiêu chí", "cảnh báo:")
                .doesNotContain("Next star", "scored under", "warning:");
        Cli.Run explain = Cli.run("explain", "--sample", "beef-jerky", "--lang", "vi");
        assertThat(explain.out()).contains("Kết quả: đã xếp hạng, 3★", "Điều kiện sao", "mọi thành viên")
                .doesNotContain("Outcome", "Next star");
        Cli.Run report = Cli.run("report", "--lang", "vi");
        assertThat(report.out()).contains("261 sản phẩm được công nhận", "Theo loại hình chủ thể")
                .doesNotContain("recognised", "By producer type");
    }

    @Test
    void bothLanguagesHaveEveryWord() throws IOException {
        Properties en = load("words.properties");
        Properties vi = load("words_vi.properties");
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TemplateAndWordsTest.class.getResourceAsStream("/org/ocop/examples/text/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theNextStarPlanSaysItRaisesEveryMemberInPoints() {
        Cli.Run run = Cli.run("explain", "--sample", "beef-jerky", "--lang", "en");
        // beef jerky: all six members pick option 1 (1 pt) on 1.5
        assertThat(run.out()).contains("raises the criterion for every one of the 6 members",
                "1.5 Value-chain linkage in production: from option 1 (1 pt) to option");
        assertThat(Cli.run("score", "conformance/cases/same-choices-26/evaluation.json", "--lang", "en").out())
                .doesNotContain("→");
    }

    @Test
    void reportOnADayCountsTheCertificatesInForceThen() {
        Cli.Run run = Cli.run("report", "--on", "2024-01-01", "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report on 2024-01-01").doesNotContain("261 recognised products");
        assertThat(Cli.run("report", "--on", "yesterday").status()).isEqualTo(2);
    }

    @Test
    void diffPairsRenumberedAndRewordedCriteria() {
        Cli.Run run = Cli.run("diff", "QD-148-2023", "QD-26-2026", "8", "--lang", "en");
        assertThat(run.out()).contains("3.b → 3.2", "5.a → 5.1", "renumbered and reworded", "(1 pt, group")
                .doesNotContain("1 pts");
        assertThat(run.out().lines().filter(l -> l.startsWith("  - 3.b") || l.startsWith("  + 5.1"))).isEmpty();
    }
}
