package org.ocop.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ocop.json.OcopJson;
import org.ocop.test.conformance.CaseReader;
import org.ocop.test.conformance.ConformanceCase;

/**
 * Publishes the conformance cases for systems that do not run Java, in {@code examples/conformance/cases/NAME/}:
 * the input as an ocop-json evaluation document (built by the one case reader) and the expectation with its
 * reasoning. {@code ConformanceExportTest} checks the committed files are current; regenerate with
 * {@code -Docop.exportCases=true}.
 */
final class ConformanceExport {

    /** The published suite, relative to this module. */
    static final Path CASES = Path.of("../examples/conformance/cases");

    private static final ObjectMapper JSON = OcopJson.mapper();

    private ConformanceExport() {}

    /** @return every file of the published suite by its path under {@link #CASES} */
    static Map<String, String> export() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (ConformanceCase c : CaseReader.standard().getShippedCases()) {
            files.put(c.getName() + "/evaluation.json", OcopJson.write(c.toEvaluation()));
            JsonNode raw;
            try (InputStream in = ConformanceExport.class.getResourceAsStream(CaseReader.CASES + c.getName() + ".json")) {
                raw = JSON.readTree(in);
            }
            ObjectNode expected = JSON.createObjectNode();
            expected.put("why", c.getWhy());
            expected.put("rulebook", c.getRulebookId());
            if (!c.getPolicyOptions().isEmpty()) {
                ObjectNode p = expected.putObject("policy");
                new TreeMap<>(c.getPolicyOptions()).forEach(p::put);
            }
            expected.set("expect", raw.get("expect"));
            files.put(c.getName() + "/expected.json", JSON.writeValueAsString(expected) + "\n");
        }
        return files;
    }

    static void write() throws IOException {
        for (Map.Entry<String, String> file : export().entrySet()) {
            Path target = CASES.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
