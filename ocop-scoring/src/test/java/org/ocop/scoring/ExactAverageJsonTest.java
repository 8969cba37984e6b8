package org.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.result.ScoreResult;
import org.ocop.json.OcopJson;

/** Issue 12: the result document carries the exact average and the council's two-decimal figure beside the decimal. */
class ExactAverageJsonTest {

    @Test
    void theResultDocumentWritesTheExactFractionAndTheCouncilFigure() throws Exception {
        // small sheet: 1.1 (0, 10, 20, 40), 2.1 (0, 5, 15, 25), 3.1 (0, 10, 20, 35)
        // m1: 40 + 25 + 35 = 100; m2: 20 + 15 + 20 = 55; m3: 10 + 5 + 20 = 35; 190 / 3 = 63.333… → 63.33
        ScoreResult result = ScoringEngine.standard().score(Fixtures.rulebook(Fixtures.small()), Fixtures.eval()
                .member("m1", Map.of("1.1", 3, "2.1", 3, "3.1", 3))
                .member("m2", Map.of("1.1", 2, "2.1", 2, "3.1", 2))
                .member("m3", Map.of("1.1", 1, "2.1", 1, "3.1", 2)).build());
        JsonNode json = new ObjectMapper().readTree(OcopJson.write(result));
        assertThat(json.get("averageExact").asText()).isEqualTo("190/3");
        assertThat(json.get("councilAverage").decimalValue()).isEqualByComparingTo("63.33");
        // derived figures are written for readers and not read back: the document still reads as the same value
        assertThat(OcopJson.read(OcopJson.write(result), ScoreResult.class)).isEqualTo(result);
    }
}
