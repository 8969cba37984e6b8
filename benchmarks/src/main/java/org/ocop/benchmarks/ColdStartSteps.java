package org.ocop.benchmarks;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
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
 * {@code step=ms/classes} entries: the step's wall time, and the number of classes it loaded (a figure the
 * machine's load does not change).
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
        out.append(String.format(Locale.ROOT, "%s=%.1f/%d ", "file", 0.0, bytes.length)); // loads the formatter
        loadedBefore = CLASSES.getTotalLoadedClassCount();
        long t = System.nanoTime();
        // 1. ocop-json's bindings and Jackson's parser, no validation: one tiny value
        OcopJson.reader(OcopValidation.none()).read("{\"en\": \"tea\", \"vi\": \"chè\"}",
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

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    private static long loadedBefore;

    private static long step(StringBuilder out, String name, long since) {
        long now = System.nanoTime();
        long loaded = CLASSES.getTotalLoadedClassCount();
        out.append(String.format(Locale.ROOT, "%s=%.1f/%d ", name, (now - since) / 1e6, loaded - loadedBefore));
        loadedBefore = loaded;
        return System.nanoTime();
    }
}
