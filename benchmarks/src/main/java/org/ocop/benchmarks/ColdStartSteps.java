package org.ocop.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopValidation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * The breakdown of {@link ColdStartBenchmark#readAndScore} in one fresh JVM: the same work done step by step, each
 * step timed after the ones before it, so that the steps add up to the cold read-and-score and each one's figure
 * is what it adds in a cold JVM. Run it many times and take medians ({@code java -cp
 * benchmarks/target/benchmarks.jar org.ocop.benchmarks.ColdStartSteps FILE}); prints one line of
 * {@code step=ms} pairs.
 */
public final class ColdStartSteps {

    private ColdStartSteps() {}

    /**
     * @param args the evaluation file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        StringBuilder out = new StringBuilder();
        long t = System.nanoTime();
        // 1. ocop-json's bindings and Jackson's parser, no validation: one tiny value
        OcopJson.reader(OcopValidation.using(new NoValidator())).read("{\"en\": \"tea\", \"vi\": \"chè\"}",
                LocalizedText.class);
        t = step(out, "jsonBindings", t);
        // 2. Bean Validation's bootstrap and one validation of a tiny value
        OcopValidation.standard().violations(LocalizedText.of("chè", "tea"));
        t = step(out, "validationBootstrap", t);
        // 3. the evaluation, read and validated
        Evaluation e = OcopJson.readEvaluation(bytes);
        t = step(out, "readEvaluation", t);
        // 4. the catalogue's index and the chosen rulebook's header
        Rulebook rulebook = RulebookCatalogue.standard().forEvaluation(e).getRulebook();
        t = step(out, "chooseRulebook", t);
        // 5. the evaluation's sheet
        rulebook.sheet(e.getSheetNumber()).orElseThrow();
        t = step(out, "loadSheet", t);
        // 6. the explained score
        ScoringEngine.standard().score(rulebook, e);
        step(out, "score", t);
        System.out.println(out.toString().trim());
    }

    private static long step(StringBuilder out, String name, long since) {
        long now = System.nanoTime();
        out.append(String.format(Locale.ROOT, "%s=%.1f ", name, (now - since) / 1e6));
        return now;
    }

    /** Validates nothing, so that step 1 times the bindings alone. */
    private static final class NoValidator implements jakarta.validation.Validator {
        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validateProperty(T object, String name,
                Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validateValue(Class<T> type, String name,
                Object value, Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public jakarta.validation.metadata.BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.validation.executable.ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }
}
