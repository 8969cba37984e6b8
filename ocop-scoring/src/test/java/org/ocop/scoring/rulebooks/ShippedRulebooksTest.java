package org.ocop.scoring.rulebooks;

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

/**
 * The shipped rulebook documents are exactly what {@link RulebookConverter} produces from {@code data/}.
 * Run with {@code -Docop.regenerate=true} to rewrite them first (see {@link RulebookConverter}); a second
 * run (without the property) then also checks that the catalogue serves them.
 */
class ShippedRulebooksTest {

    private static final List<Rulebook> CONVERTED = RulebookConverter.convertAll(RulebookConverter.repositoryRoot());

    @Test
    void shippedDocumentsEqualTheConverterOutput() throws IOException {
        Path root = RulebookConverter.repositoryRoot();
        if (Boolean.getBoolean("ocop.regenerate")) {
            for (Rulebook r : CONVERTED) {
                Files.writeString(RulebookConverter.resourceFile(root, r.getId()), OcopJson.write(r),
                        StandardCharsets.UTF_8);
            }
        }
        for (Rulebook expected : CONVERTED) {
            String document = OcopJson.write(expected);
            Path file = RulebookConverter.resourceFile(root, expected.getId());
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is stale: regenerate with -Docop.regenerate=true", file)
                    .isEqualTo(document);
            // read back with full validation (Bean Validation included), to the converted value
            assertThat(OcopJson.readRulebook(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                    .as("%s reads back to the converted value", expected.getId())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theCatalogueServesTheConvertedRulebooks() {
        if (Boolean.getBoolean("ocop.regenerate")) {
            return; // the class path still holds the documents from before the regeneration
        }
        assertThat(Rulebooks.all()).containsExactlyElementsOf(CONVERTED);
    }
}
