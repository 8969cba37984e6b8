package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The READMEs' API tour is {@link QuickStart}: it runs, and both READMEs show exactly its code. */
class QuickStartTest {

    @Test
    void runsAndExplainsTheCappedSample() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        // beef jerky: totals 74 + 76 + 72 + 78 + 74 + 75 = 449, 449 / 6 = 74.83 → band 4★, capped to 3★ by gate 1.5
        assertThat(out).contains("→ band 4★, rank 3★", "gate 1.5 for 4★ not met: needs option 2",
                "with 1.5 at option 2: 4★", "\"type\": \"scoreResult\"");
    }

    @Test
    void theReadmeShowsTheCompiledTour() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/ocop/examples/QuickStart.java"), StandardCharsets.UTF_8);
        String tour = source.substring(source.indexOf("// tour:start") + "// tour:start".length(),
                source.indexOf("        // tour:end"));
        for (Path file : List.of(Path.of("README.md"), Path.of("../README.md"))) {
            String readme = Files.readString(file, StandardCharsets.UTF_8);
            for (String line : tour.strip().lines().map(String::strip).toList()) {
                assertThat(readme).as(file + " shows the tour line").contains(line);
            }
        }
    }
}
