package org.ocop.examples.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.registry.RegistryFiles;
import org.ocop.examples.registry.SampleProvince;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * Regenerates the bundled sample documents from {@link SampleCatalogue} and {@link SampleProvince}:
 * {@code java -cp examples/target/ocop.jar org.ocop.examples.samples.SampleWriter examples/src/main/resources}.
 * A test compares the committed files with what this produces.
 */
public final class SampleWriter {

    private SampleWriter() {}

    /**
     * @return every sample document by its path relative to the resources folder, e.g.
     *     {@code samples/evaluations/fish-cake.json}
     */
    public static Map<String, String> documents() {
        Map<String, String> docs = new LinkedHashMap<>();
        Rulebook rulebook = Rulebooks.inForceOn(SampleCatalogue.SUBMITTED_ON);
        for (SampleCatalogue.Definition d : SampleCatalogue.all()) {
            docs.put("samples/evaluations/" + d.name() + ".json",
                    OcopJson.write(d.evaluation(n -> rulebook.sheet(n).orElseThrow())));
        }
        docs.put("samples/registry/province.json", RegistryFiles.write(SampleProvince.document()));
        return docs;
    }

    /**
     * @param args the resources folder to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleWriter RESOURCES_DIR");
            System.exit(2);
        }
        for (Map.Entry<String, String> doc : documents().entrySet()) {
            Path file = Path.of(args[0]).resolve(doc.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, doc.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }
}
