package org.ocop.examples.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.examples.cli.Backend;

/**
 * The bundled sample evaluations ({@code /samples/evaluations/*.json} on the class path), in the order of
 * the demo table.
 *
 * <p><b>Illustrative data.</b> The products and producer types are of the kind Vietnamese news reports
 * for OCOP (fish cake and peanut candy, crispy dried young sticky corn, bird's nest, dried everlasting
 * flowers, fermented pork roll, tea, beef jerky, rice vermicelli, leaf-yeast rice wine, a community-tourism
 * site); the names, councils and scores are made up.
 */
public final class Samples {

    /** Where the evaluation documents are, on the class path. */
    public static final String FOLDER = "/samples/evaluations/";

    private static final List<String> NAMES = List.of("fish-cake", "peanut-candy", "young-sticky-corn", "bird-nest",
            "everlasting-flowers", "fermented-pork-roll", "green-tea", "beef-jerky", "rice-vermicelli",
            "leaf-yeast-rice-wine", "community-tourism");

    private Samples() {}

    /**
     * One bundled sample.
     *
     * @param name the short name, e.g. {@code fish-cake}
     */
    public record Sample(String name) {

        /** @return the class-path resource */
        public String resource() {
            return FOLDER + name + ".json";
        }

        /** @return the sample document's bytes */
        public byte[] bytes() {
            try (InputStream in = Samples.class.getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("sample resource missing: " + resource());
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the sample read through ocop-json and checked against its sheet */
        public Evaluation evaluation() {
            return Backend.readEvaluation(resource(), bytes());
        }
    }

    /** @return every sample, in demo order */
    public static List<Sample> all() {
        return NAMES.stream().map(Sample::new).toList();
    }

    /**
     * @param name a sample name
     * @return the sample, if bundled
     */
    public static Optional<Sample> byName(String name) {
        return NAMES.contains(name) ? Optional.of(new Sample(name)) : Optional.empty();
    }

    /** @return the sample names, comma-separated */
    public static String names() {
        return NAMES.stream().collect(Collectors.joining(", "));
    }
}
