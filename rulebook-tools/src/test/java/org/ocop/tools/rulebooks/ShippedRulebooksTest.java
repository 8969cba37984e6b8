package org.ocop.tools.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * The shipped rulebook files (headers, one document per sheet) and their index are exactly what {@link
 * RulebookConverter} produces from {@code data/}, no file more or less, so they cannot drift; and the catalogue,
 * which reads them lazily without validation, serves rulebooks equal to the converted ones. Regenerate the files
 * with {@code ./mvnw -B -ntp -Pregenerate-rulebooks -pl rulebook-tools -am process-classes}.
 */
class ShippedRulebooksTest {

    private static final Path ROOT = RulebookConverter.repositoryRoot();
    private static final List<Rulebook> CONVERTED = RulebookConverter.convertAll(ROOT);

    @Test
    void shippedFilesAreExactlyTheConverterOutput() throws IOException {
        Map<String, String> expected = RulebookConverter.shippedFiles(CONVERTED);
        Path dir = RulebookConverter.resourceDirectory(ROOT);
        assertThat(RulebookConverter.staleFiles(dir, expected.keySet()))
                .as("files the converter does not write: regenerate with -Pregenerate-rulebooks").isEmpty();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(Files.readString(dir.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as("%s is stale: regenerate with -Pregenerate-rulebooks", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyShippedDocumentIsValidAndReadsBackToTheConvertedValue() {
        for (Rulebook converted : CONVERTED) {
            Rulebook header = Rulebook.builder().from(converted).sheets(List.of()).build();
            // read back with full validation (Bean Validation included): the shipped files are validated here,
            // at build time, and read without validation at run time
            assertThat(OcopJson.readRulebook(bytes(OcopJson.write(header)))).isEqualTo(header);
            for (CriteriaSheet sheet : converted.getSheets()) {
                assertThat(OcopJson.read(OcopJson.write(sheet), CriteriaSheet.class))
                        .as("%s sheet %d", converted.getId(), sheet.getNumber()).isEqualTo(sheet);
            }
            // the split files carry exactly the whole rulebook: header + sheets rebuild it
            assertThat(Rulebook.builder().from(header).sheets(converted.getSheets()).build()).isEqualTo(converted);
        }
    }

    @Test
    void theCatalogueServesTheConvertedRulebooksLazilyRead() {
        RulebookCatalogue catalogue = RulebookCatalogue.builder().addAll(RulebookCatalogue.standard()).build();
        for (Rulebook converted : CONVERTED) {
            Rulebook shipped = catalogue.byId(converted.getId()).orElseThrow();
            assertThat(shipped.getSheets()).hasSameSizeAs(converted.getSheets());
            for (CriteriaSheet sheet : converted.getSheets()) {
                assertThat(shipped.sheet(sheet.getNumber())).contains(sheet);
            }
            assertThat(shipped.sheet(0)).isEmpty();
            assertThat(shipped.sheet(27)).isEmpty();
            assertThat(shipped.getParameters()).isEqualTo(converted.getParameters());
            // ⚖ a shipped rulebook equals the value of the same content (one-sided: see ShippedRulebook)
            assertThat(shipped).isEqualTo(converted).hasSameHashCodeAs(converted);
            assertThat(Rulebook.builder().from(shipped).build()).isEqualTo(converted);
        }
        assertThat(RulebookCatalogue.standard().getAll()).containsExactlyElementsOf(CONVERTED);
        assertThat(catalogue.byId("QD-26-2026").orElseThrow()).isNotEqualTo(catalogue.byId("QD-148-2023").orElseThrow());
        assertThat(catalogue.byId("QD-26-2026").map(Object.class::cast)).isNotEqualTo(Optional.of("QD-26-2026"));
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
