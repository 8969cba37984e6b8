package org.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.examples.samples.Samples;

/** Issue 12 items 1 and 9: a batch survives a bad file; inputs are read through a size limit. */
class BatchAndInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path good;
    static Path good2;
    static Path bad;

    @BeforeAll
    static void files() throws IOException {
        good = copy("fish-cake");
        good2 = copy("beef-jerky");
        bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"1.1\": 1,", "\"1.1\": 9,"));
    }

    static Path copy(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = BatchAndInputTest.class.getResourceAsStream(Samples.FOLDER + name + ".json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void scoreScoresEveryFileAndReportsEachFailureOnItsOwnLine() {
        Cli.Run run = Cli.run("score", good.toString(), bad.toString(), good2.toString(), "--lang", "en");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("fish-cake.json", "78.67", "beef-jerky.json", "74.83");
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("ocop score: " + bad + " at /memberScores/0/choices/1.1:");
    }

    @Test
    void validateChecksEveryFile() {
        Cli.Run run = Cli.run("validate", good.toString(), bad.toString(), good2.toString(), "--lang", "en");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines().filter(l -> l.contains(": OK ("))).hasSize(2);
        assertThat(run.err().lines()).singleElement().asString().contains("bad.json");
    }

    @Test
    void scoreJsonOnSeveralFilesIsOneArrayWithErrorObjects() throws IOException {
        Cli.Run run = Cli.run("score", "--json", good.toString(), bad.toString(), good2.toString());
        assertThat(run.status()).isEqualTo(2);
        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        assertThat(array.get(0).path("type").asText()).isEqualTo("scoreResult");
        assertThat(array.get(1).path("file").asText()).isEqualTo(bad.toString());
        assertThat(array.get(1).path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
        assertThat(array.get(1).path("message").asText()).contains("option 9");
        assertThat(array.get(2).path("stars").asInt()).isEqualTo(3);
    }

    @Test
    void jsonLinesPrintsOneValuePerLine() throws IOException {
        Cli.Run run = Cli.run("score", "--jsonl", good.toString(), bad.toString());
        assertThat(run.out().lines()).hasSize(2);
        assertThat(JSON.readTree(run.out().lines().toList().get(0)).path("stars").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(run.out().lines().toList().get(1)).has("pointer")).isTrue();
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        Cli.Run run = Cli.runWithInput(new ByteArrayInputStream(Files.readAllBytes(good)), "score", "-", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).path("stars").asInt()).isEqualTo(4);
    }

    /** An endless stream that counts what it hands out. */
    static final class Endless extends InputStream {
        private final byte first;
        private final byte rest;
        long served;

        Endless(int first, int rest) {
            this.first = (byte) first;
            this.rest = (byte) rest;
        }

        @Override
        public int read() {
            return (served++ == 0 ? first : rest) & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    @Test
    void anEndlessStreamOfZerosStopsAtItsFirstBytes() {
        Endless zeros = new Endless(0, 0);
        Cli.Run run = Cli.runWithInput(zeros, "score", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("<stdin>", "byte 0x00")
                .doesNotContain("Exception");
        assertThat(zeros.served).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void anEndlessObjectIsCutAtTheSizeLimit() {
        Endless blanks = new Endless('{', ' ');
        Cli.Run run = Cli.runWithInput(blanks, "validate", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("larger than 32 MB");
        assertThat(blanks.served).isLessThanOrEqualTo(Inputs.LIMIT + 1L);
    }

    @Test
    void aNullDocumentNamesTheFile() throws IOException {
        Path file = dir.resolve("null.json");
        Files.writeString(file, "null\n");
        Cli.Run run = Cli.run("score", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("null.json", "null");
    }

    @Test
    void aNegativeSpreadIsAUsageError() {
        assertThat(Cli.run("score", "--max-spread", "-5", good.toString()).status()).isEqualTo(2);
    }

    @Test
    void controlAndBidiCharactersInNamesAreEscaped() throws IOException {
        Path file = dir.resolve("forged.json");
        String text = Files.readString(good, StandardCharsets.UTF_8);
        String forged = text.replace("\"Chả cá thu\"",
                "\"Chả\\u001b[31m cá\\r\\nFORGED  1  2\\u0000\\u202eut\\u200bhu\"");
        assertThat(forged).isNotEqualTo(text);
        Files.writeString(file, forged, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {{"score", file.toString(), "--lang", "vi"},
                {"explain", file.toString(), "--lang", "vi"}, {"validate", file.toString(), "--lang", "vi"}}) {
            Cli.Run run = Cli.run(args);
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("\u001b", "\r", "\u0000", "\u202e", "\u200b")
                    .contains("\\u001B", "\\u202E");
            assertThat(run.out().lines().filter(l -> l.startsWith("FORGED"))).isEmpty();
        }
    }
}
