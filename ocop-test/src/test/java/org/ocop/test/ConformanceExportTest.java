package org.ocop.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The published suite in {@code examples/conformance/cases/} is the export of the shipped cases. */
class ConformanceExportTest {

    @Test
    void publishedCasesAreCurrent() throws Exception {
        Map<String, String> files = ConformanceExport.export();
        Set<String> dirs;
        try (Stream<Path> list = Files.list(ConformanceExport.CASES)) {
            dirs = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(dirs).as("one directory per case (regenerate with -Docop.exportCases=true)")
                .isEqualTo(files.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).collect(Collectors.toCollection(TreeSet::new)));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path published = ConformanceExport.CASES.resolve(file.getKey());
            assertThat(published).as("regenerate with -Docop.exportCases=true").exists();
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ocop.exportCases", matches = "true")
    void write() throws Exception {
        ConformanceExport.write();
    }
}
