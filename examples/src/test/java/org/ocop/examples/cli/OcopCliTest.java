package org.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.examples.samples.Samples;

/** The {@code ocop} command line run in-process on the bundled samples: output, JSON and exit codes. */
class OcopCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path fishCake;
    static Path beefJerky;

    @BeforeAll
    static void copySamples() throws IOException {
        fishCake = copy("fish-cake");
        beefJerky = copy("beef-jerky");
    }

    private static Path copy(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = OcopCliTest.class.getResourceAsStream(Samples.FOLDER + name + ".json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Path broken(String name, String from, String to) throws IOException {
        String text = Files.readString(fishCake, StandardCharsets.UTF_8);
        assertThat(text).as("the sample holds the text to break").contains(from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void demoPrintsEverySampleWithItsRank() {
        Cli.Run run = Cli.run("demo");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Chả cá thu", "Kẹo lạc vừng", "Ngô nếp non sấy giòn", "Yến sào tinh chế",
                "Hoa bất tử sấy khô trang trí", "Nem chua", "Chè xanh Tân Cương", "Khô bò", "Bún gạo khô", "Rượu men lá",
                "Điểm du lịch cộng đồng Bản Mây");
        assertThat(run.out().lines().filter(l -> l.startsWith("Khô bò"))).singleElement().asString()
                .contains("74.83", "3★", "1.5(4★)");
    }

    @Test
    void scorePrintsATable() {
        Cli.Run run = Cli.run("score", fishCake.toString(), beefJerky.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("fish-cake.json", "78.67", "4★", "beef-jerky.json", "74.83");
    }

    @Test
    void scoreJsonIsTheScoreResultDocument() throws IOException {
        Cli.Run run = Cli.run("score", "--json", fishCake.toString());
        assertThat(run.status()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("type").asText()).isEqualTo("scoreResult");
        assertThat(doc.path("stars").asInt()).isEqualTo(4);
        // members' totals 79 + 80 + 76 + 81 + 77 + 79 = 472; 472 / 6 = 78.666…
        assertThat(doc.path("averageScore").decimalValue()).isCloseTo(new java.math.BigDecimal("78.6667"),
                org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.0001")));
    }

    @Test
    void severalFilesGiveAJsonArray() throws IOException {
        Cli.Run run = Cli.run("score", "--json", fishCake.toString(), beefJerky.toString());
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.isArray()).isTrue();
        assertThat(doc).extracting(n -> n.path("stars").asInt()).containsExactly(4, 3);
    }

    @Test
    void aDisqualifiedProductHasNoStarsAsTheSchemaWants() throws IOException {
        Path file = broken("knocked-out.json", "\"memberScores\"",
                "\"knockouts\": [{\"reason\": \"Hồ sơ giả mạo (ví dụ)\"}],\n  \"memberScores\"");
        Cli.Run run = Cli.run("score", "--json", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        // ocop-json's scoreResult schema allows no null: a disqualified result has no stars member
        assertThat(doc.has("stars")).isFalse();
        assertThat(doc.path("outcome").asText()).isEqualTo("DISQUALIFIED");
    }

    @Test
    void explainShowsGatesAndThePlan() {
        Cli.Run run = Cli.run("explain", beefJerky.toString(), "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Average 74.83 → band 4★", "✗  1.5", "Outcome: ranked, 3★",
                "Next star: 4★", "Value-chain linkage in production");
        assertThat(Cli.run("explain", "--sample", "rice-vermicelli", "--lang", "en").out()).contains("5★ potential");
    }

    @Test
    void anOptionPastTheEndNamesTheFileAndPointer() throws IOException {
        Path file = broken("bad-option.json", "\"1.1\": 1,", "\"1.1\": 9,");
        Cli.Run run = Cli.run("score", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .contains("bad-option.json", "/memberScores/0/choices/1.1").doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedJsonIsInvalidInput() throws IOException {
        Path file = broken("malformed.json", "\"1.1\": 1,", "\"1.1\": ,");
        Cli.Run run = Cli.run("validate", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("malformed.json").doesNotContain("\tat ");
    }

    @Test
    void theLibrarysProblemIsInVietnameseWhenAskedFor() throws IOException {
        Path file = broken("extra.json", "\"submittedOn\"", "\"extra\": 1, \"submittedOn\"");
        Cli.Run en = Cli.run("validate", "--lang", "en", file.toString());
        assertThat(en.status()).isEqualTo(2);
        assertThat(en.err()).contains("extra.json at /extra: unknown property 'extra' of Evaluation; known properties: ");
        Cli.Run vi = Cli.run("validate", "--lang", "vi", file.toString());
        assertThat(vi.status()).isEqualTo(2);
        assertThat(vi.err()).contains("extra.json tại /extra: thuộc tính 'extra' của Evaluation không xác định; các "
                + "thuộc tính hợp lệ: ").doesNotContain("unknown property");
    }

    @Test
    void aWrongTypeNamesThePointer() throws IOException {
        Path file = broken("wrong-type.json", "\"submittedOn\": \"2026-09-07\"", "\"submittedOn\": 7");
        Cli.Run run = Cli.run("score", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("wrong-type.json at /submittedOn");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path file = broken("verbose.json", "\"1.1\": 1,", "\"1.1\": 9,");
        Cli.Run run = Cli.run("score", "--verbose", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("/memberScores/0/choices/1.1", "\tat ");
    }

    @Test
    void aMissingFileIsInvalidInput() {
        Cli.Run run = Cli.run("score", dir.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("sheet", "QD-26-2026").status()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").status()).isEqualTo(2);
        assertThat(Cli.run("sheet", "QD-99", "1").err()).contains("no rulebook 'QD-99'");
        assertThat(Cli.run("sheet", "QD-26-2026", "27").status()).isEqualTo(2);
        assertThat(Cli.run("sheet", "QD-1048-2019", "1").status()).isEqualTo(2);
    }

    @Test
    void policyOptionsChangeTheResult() {
        // the conformance case council-spread: members' totals 100 and 89, a spread of 11
        String file = "conformance/cases/council-spread/evaluation.json";
        assertThat(Cli.run("score", file).out()).contains("5★").doesNotContain("not final");
        assertThat(Cli.run("score", "--max-spread", "10", file).out()).contains("5★ (not final)");
        assertThat(Cli.run("score", "--gates", "SOMETIMES", file).status()).isEqualTo(2);
    }

    @Test
    void rulebooksListsTheThreeVersions() {
        Cli.Run run = Cli.run("rulebooks", "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("QD-1048-2019", "QD-148-2023", "QD-26-2026", "totals only", "official text");
    }

    @Test
    void sheetPrintsOptionsWithGatesInBothLanguages() throws IOException {
        Cli.Run vi = Cli.run("sheet", "QD-26-2026", "8", "--lang", "vi");
        assertThat(vi.status()).isZero();
        assertThat(vi.out()).contains("1.5 Liên kết chuỗi trong sản xuất", "điều kiện 4★", "Hồ sơ bị loại khi");
        Cli.Run en = Cli.run("sheet", "QD-26-2026", "8", "--lang", "en");
        assertThat(en.out()).contains("Production organisation");
        Cli.Run json = Cli.run("sheet", "QD-26-2026", "26", "--json");
        assertThat(JSON.readTree(json.out()).path("number").asInt()).isEqualTo(26);
    }

    @Test
    void templateIsAnEvaluationToFill() throws IOException {
        Cli.Run run = Cli.run("template", "QD-26-2026", "11");
        assertThat(run.status()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("type").asText()).isEqualTo("evaluation");
        JsonNode choices = doc.path("memberScores").get(0).path("choices");
        assertThat(choices.has("6.1.1")).as("composite criteria are filled through their parts").isTrue();
        assertThat(choices.path("1.1").asText()).contains("[0]", "3★");
        Path file = dir.resolve("template.json");
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        Cli.Run unfilled = Cli.run("validate", file.toString());
        assertThat(unfilled.status()).isEqualTo(2);
        assertThat(unfilled.err()).contains("template.json at /memberScores/0/choices/");
    }

    @Test
    void aFilledTemplateScores() throws IOException {
        JsonNode doc = JSON.readTree(Cli.run("template", "QD-26-2026", "26").out());
        com.fasterxml.jackson.databind.node.ObjectNode choices =
                (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("memberScores").get(0).path("choices");
        choices.fieldNames().forEachRemaining(code -> choices.put(code, 0));
        Path file = dir.resolve("filled.json");
        Files.writeString(file, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("score", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("filled.json");
    }

    @Test
    void validateNamesTheDocument() throws IOException {
        Cli.Run run = Cli.run("validate", fishCake.toString(), "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK (evaluation of Chả cá thu, sheet 8 of QD-26-2026 (", "6 members, scores)");
        Path result = dir.resolve("result.json");
        Files.writeString(result, Cli.run("score", "--json", beefJerky.toString()).out(), StandardCharsets.UTF_8);
        assertThat(Cli.run("validate", result.toString(), "--lang", "en").out())
                .contains("score result of SP-GL-0190, 3★");
    }

    @Test
    void diffComparesTwoRulebooks() {
        Cli.Run run = Cli.run("diff", "QD-148-2023", "QD-26-2026", "8", "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Sheet 8: QD-148-2023 → QD-26-2026");
    }

    @Test
    void reportCountsTheSampleProvince() {
        Cli.Run run = Cli.run("report", "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("261 recognised products (48 at 4★, 213 at 3★)",
                "178 producers (73 cooperative, 44 enterprise, 61 business household)");
    }

    @Test
    void aBrokenRegistryNamesThePointer() throws IOException {
        String text;
        try (InputStream in = OcopCliTest.class.getResourceAsStream(Backend.SAMPLE_REGISTRY)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("registry.json");
        Files.writeString(file, text.replaceFirst("\"producerId\": \"DN-001\"", "\"producerId\": \"XX-999\""),
                StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("report", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("registry.json at /products/0/producerId: no producer \"XX-999\"");
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(Cli.run("--help").out()).contains("Exit status", "demo", "score", "explain");
        assertThat(Cli.run("--version").status()).isZero();
    }

    @Test
    void everySubcommandIsListedWhateverTheFirstArgument() {
        // a named subcommand is built alone; help, no argument and unknown names see all of them
        String[] all = {"demo", "score", "explain", "rulebooks", "sheet", "template", "diff", "validate", "report",
                "band", "serve", "help"};
        assertThat(Cli.run().out()).contains(all);
        assertThat(Cli.run("help").out()).contains(all);
        Cli.Run unknown = Cli.run("scores");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(Cli.run("help", "score").out()).contains("Usage: ocop score");
        assertThat(Cli.run("score", "--help").out()).contains("Usage: ocop score");
    }
}
