package org.ocop.test.recount;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The generated cases are committed as generated: regenerate with
 * {@code ./mvnw -B -ntp -pl ocop-test -am test -Dtest=CaseGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Docop.generateCases=true} (then add new names to {@code cases/index.txt}).
 */
class CaseGeneratorTest {

    static final Path CASES = Path.of("src/main/resources/org/ocop/test/conformance/cases");

    @Test
    void committedCasesAreTheGeneratedOnes() throws Exception {
        Set<String> names = new HashSet<>();
        for (CaseWriter c : CaseGenerator.cases()) {
            assertThat(names.add(c.name)).as("unique name " + c.name).isTrue();
            Path f = CASES.resolve(c.name + ".json");
            assertThat(f).as("regenerate with -Docop.generateCases=true").exists();
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(c.name).isEqualTo(c.write());
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ocop.generateCases", matches = "true")
    void write() throws Exception {
        List<CaseWriter> cases = CaseGenerator.cases();
        for (CaseWriter c : cases) {
            Files.writeString(CASES.resolve(c.name + ".json"), c.write(), StandardCharsets.UTF_8);
        }
    }
}
