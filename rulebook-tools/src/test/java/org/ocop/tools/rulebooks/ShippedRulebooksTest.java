package org.ocop.tools.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * The shipped rulebook documents and their index are exactly what {@link RulebookConverter} produces from
 * {@code data/}; regenerate them with {@code ./mvnw -B -ntp -Pregenerate-rulebooks -pl rulebook-tools -am
 * process-classes}.
 */
class ShippedRulebooksTest {

    private static final Path ROOT = RulebookConverter.repositoryRoot();
    private static final List<Rulebook> CONVERTED = RulebookConverter.convertAll(ROOT);

    @Test
    void shippedDocumentsEqualTheConverterOutput() throws IOException {
        for (Rulebook expected : CONVERTED) {
            String document = OcopJson.write(expected);
            Path file = RulebookConverter.resourceFile(ROOT, expected.getId());
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is stale: regenerate with -Pregenerate-rulebooks", file)
                    .isEqualTo(document);
            // read back with full validation (Bean Validation included), to the converted value
            assertThat(OcopJson.readRulebook(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                    .as("%s reads back to the converted value", expected.getId())
                    .isEqualTo(expected);
        }
        assertThat(Files.readString(RulebookConverter.indexFile(ROOT), StandardCharsets.UTF_8))
                .as("the rulebook index is stale: regenerate with -Pregenerate-rulebooks")
                .isEqualTo(RulebookConverter.index(CONVERTED));
    }

    @Test
    void theCatalogueServesTheConvertedRulebooks() {
        assertThat(RulebookCatalogue.standard().getAll()).containsExactlyElementsOf(CONVERTED);
    }
}
