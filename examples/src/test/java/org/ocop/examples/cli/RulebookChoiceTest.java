package org.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.Rulebooks;

/** Issue 12 items 3, 6, 7, 12 and issue 10's {@code --rulebook-file}: which rulebook, and why. */
class RulebookChoiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sample(String name, String from, String to) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/samples/evaluations/" + name + ".json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = text.replace(from, to);
        assertThat(text).as("the sample holds " + from).contains(from);
        Path file = dir.resolve(name + "-changed.json");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aDossierWithoutRulebookIdSaysWhichRulebookAndWhy() throws IOException {
        // submitted 2026-05-01 and decided 2026-06-15, inside 26/2026's transition window (148 applies to dossiers
        // submitted before 2026-05-22 and decided by 2026-07-20): 148 applies, whose sheet 8 codes differ
        Path file = sample("fish-cake", "\"submittedOn\": \"2026-09-07\"", "\"submittedOn\": \"2026-05-01\"");
        Files.writeString(file, Files.readString(file).replace("\"evaluatedOn\": \"2026-10-15\"",
                "\"evaluatedOn\": \"2026-06-15\""));
        Cli.Run run = Cli.run("score", file.toString(), "--lang", "en");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("QD-148-2023 (in force on the submission day 2026-05-01");
        assertThat(run.err().length()).isLessThan(1000);
    }

    @Test
    void aScoredFileSaysItsRulebook() throws IOException {
        Path file = sample("fish-cake", "\"submittedOn\"", "\"submittedOn\"");
        Cli.Run run = Cli.run("score", file.toString(), "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("scored under rulebook QD-26-2026 (in force on the submission day 2026-09-07",
                "official text");
    }

    @Test
    void aNamedRulebookNotInForceWarnsAndTheTableShowsEngineWarnings() throws IOException {
        // named QD-148-2023, submitted 2026-09-01 when 26/2026 was in force
        Path file = dir.resolve("late-148.json");
        String text = Files.readString(Path.of("conformance/cases/same-choices-148/evaluation.json"))
                .replaceAll("\"submittedOn\": \"[0-9-]+\"", "\"submittedOn\": \"2026-09-01\"")
                .replaceAll("\"evaluatedOn\": \"[0-9-]+\"", "\"evaluatedOn\": \"2026-10-01\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("score", file.toString(), "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("named in the document",
                "warning: the document names rulebook QD-148-2023, which was not the one in force on the submission "
                        + "day 2026-09-01 (QD-26-2026 was)");
        assertThat(run.out()).contains("warning: ").containsPattern("warning: .*transcri");
    }

    @Test
    void aUserRulebookWithALoweredGateChangesTheRankAndIsNamedAsNotOfficial() throws IOException {
        // the shipped rulebook as one document (it is shipped as a header and one resource per sheet)
        JsonNode rulebook = JSON.readTree(OcopJson.write(Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow()));
        // sheet 8, criterion 1.5: move the 4★ gate from option 2 to option 1 (every beef-jerky member picks 1)
        for (JsonNode sheet : rulebook.path("sheets")) {
            if (sheet.path("number").asInt() == 8) {
                for (JsonNode part : sheet.path("parts")) {
                    for (JsonNode group : part.path("groups")) {
                        for (JsonNode c : group.path("criteria")) {
                            if (c.path("code").asText().equals("1.5")) {
                                ((ObjectNode) c.path("options").get(2)).remove("minStar");
                                ((ObjectNode) c.path("options").get(1)).put("minStar", 4);
                            }
                        }
                    }
                }
            }
        }
        Path official = dir.resolve("claims-official.json");
        Files.writeString(official, JSON.writeValueAsString(rulebook), StandardCharsets.UTF_8);
        Cli.Run refused = Cli.run("rulebooks", "--rulebook-file", official.toString(), "--lang", "en");
        assertThat(refused.status()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("claims-official.json", "declares completeness OFFICIAL",
                "a rulebook brought by a user declares PROVINCIAL or CUSTOM");
        ((ObjectNode) rulebook).put("completeness", "PROVINCIAL");
        Path mine = dir.resolve("my.json");
        Files.writeString(mine, JSON.writeValueAsString(rulebook), StandardCharsets.UTF_8);
        Path beef = sample("beef-jerky", "\"submittedOn\"", "\"submittedOn\"");
        assertThat(Cli.run("score", beef.toString(), "--lang", "en").out()).contains("3★");
        Cli.Run run = Cli.run("score", beef.toString(), "--rulebook-file", mine.toString(), "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("Khô bò"))).singleElement().asString()
                .contains("74.83  4★    4★");
        assertThat(run.out()).contains("read from " + mine + ", not the official rulebook");
        Cli.Run list = Cli.run("rulebooks", "--rulebook-file", mine.toString(), "--lang", "en");
        assertThat(list.out()).as(list.err()).contains(mine.toString());
    }

    @Test
    void bandMapsTotalsUnderATotalsOnlyRulebook() {
        // 72 + 75 + 80 = 227; 227 / 3 = 75.67, in 1048's 4★ band (70 to under 90)
        Cli.Run run = Cli.run("band", "QD-1048-2019", "72", "75", "80", "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("227/3 = 75.67 → band 4★");
        assertThat(Cli.run("band", "QD-1048-2019", "101").status()).isEqualTo(2);
    }

    @Test
    void validateRefusesWhatScoringRefusesUnderATotalsOnlyRulebook() throws IOException {
        Path file = sample("fish-cake", "\"submittedOn\"", "\"rulebookId\": \"QD-1048-2019\",\n  \"submittedOn\"");
        String odd = Files.readString(file).replaceFirst("\"1.1\": 1,", "\"1.1\": 99, \"zz\": 0,");
        Files.writeString(file, odd);
        Cli.Run validate = Cli.run("validate", file.toString(), "--lang", "en");
        assertThat(validate.status()).isEqualTo(2);
        assertThat(validate.err()).contains("totals-only", "ocop band QD-1048-2019").doesNotContain("ScoringEngine");
        Cli.Run score = Cli.run("score", file.toString(), "--lang", "en");
        assertThat(score.status()).isEqualTo(2);
        assertThat(score.err()).contains("ocop band").doesNotContain("bandOf(");
    }
}
