package org.ocop.test.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project outside the reactor: a class written here, compiled with javac against only ocop-test,
 * ocop-scoring and what they bring at run time (ocop-core, ocop-json, Jackson, JUnit's API, AssertJ, the
 * Jakarta Validation API), then run in a forked JVM on that class path. It runs the whole conformance suite
 * through {@code ConformanceSuite} against ocop-java's engine and passes; a deliberately wrong scorer (one that
 * ignores the case's policy) fails with messages naming the case and the difference.
 */
class ConsumerProjectTest {

    /** The consumer's source: the five lines of the README, plus a main that runs the dynamic tests. */
    static final String SOURCE = """
            package com.example.province;

            import java.util.Iterator;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.TestFactory;
            import org.ocop.scoring.ScoringEngine;
            import org.ocop.test.conformance.ConformanceSuite;
            import org.ocop.test.conformance.Scorer;

            public class ProvinceScorerConformanceTest {

                static Scorer scorer = (rulebook, policy, evaluation) -> ScoringEngine.with(policy).score(rulebook, evaluation);

                @TestFactory
                Stream<DynamicTest> conformance() {
                    return ConformanceSuite.using(scorer).toDynamicTests();
                }

                public static void main(String[] args) throws Throwable {
                    if (args.length > 0 && args[0].equals("wrong")) {
                        scorer = (rulebook, policy, evaluation) -> ScoringEngine.standard().score(rulebook, evaluation);
                    }
                    int passed = 0;
                    int failed = 0;
                    for (Iterator<DynamicTest> it = new ProvinceScorerConformanceTest().conformance().iterator(); it.hasNext();) {
                        DynamicTest t = it.next();
                        try {
                            t.getExecutable().execute();
                            passed++;
                        } catch (AssertionError e) {
                            failed++;
                            System.out.println("FAILED " + t.getDisplayName() + ": " + e.getMessage());
                        }
                    }
                    System.out.println("passed " + passed + ", failed " + failed);
                    System.exit(failed == 0 ? 0 : 1);
                }
            }
            """;

    /** Class path entries a consumer of ocop-test and ocop-scoring gets (the reactor's classes or the jars). */
    static final List<String> RUNTIME = List.of("ocop-core", "ocop-json", "ocop-scoring", "ocop-test" + File.separator
            + "target" + File.separator + "classes", "com/fasterxml/jackson", "junit-jupiter-api", "junit-platform-commons",
            "opentest4j", "apiguardian", "jspecify", "assertj-core", "byte-buddy", "jakarta.validation-api");

    @TempDir
    static Path project;
    static String classPath;

    @BeforeAll
    static void compileTheConsumer() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String p = e.replace('\\', '/');
            if (RUNTIME.stream().anyMatch(r -> p.contains(r.replace('\\', '/'))) && !p.contains("test-classes")) {
                entries.add(e);
            }
        }
        classPath = String.join(File.pathSeparator, entries);
        Path src = project.resolve("src/com/example/province/ProvinceScorerConformanceTest.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(project.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d",
                classes.toString(), "-cp", classPath, "--release", "17", src.toString()).redirectErrorStream(true).start();
        String out = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor(10, TimeUnit.MINUTES)).as("javac finishes").isTrue();
        assertThat(javac.exitValue()).as("the consumer compiles against ocop-test and ocop-scoring only: " + out).isZero();
        classPath = classes + File.pathSeparator + classPath;
    }

    static List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "com.example.province.ProvinceScorerConformanceTest"));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the consumer finishes").isTrue();
        List<String> lines = new ArrayList<>(out.lines().toList());
        lines.add("exit " + p.exitValue());
        return lines;
    }

    @Test
    void theEngineConformsInAConsumerProject() throws Exception {
        List<String> out = run();
        assertThat(out).as(String.join("\n", out)).contains("exit 0").noneMatch(l -> l.startsWith("FAILED"))
                .anyMatch(l -> l.matches("passed (\\d{3,}), failed 0"));
    }

    @Test
    void aScorerThatIgnoresThePolicyFailsNamingTheCaseAndTheDifference() throws Exception {
        List<String> out = run("wrong");
        String all = String.join("\n", out);
        assertThat(out).as(all).contains("exit 1");
        // the council rule maxSpread 10 ignored: 100 and 89 become a final ranking
        assertThat(all).contains("FAILED council-spread: Conformance case council-spread (QD-26-2026 sheet 1):")
                .contains("outcome: expected NOT_FINAL but was RANKED")
                // ALL_MEMBERS ignored: 8 of 9 is a strict majority, so the gate passes and the rank rises
                .contains("FAILED gate-all-members-8-of-9-fails:").contains("stars: expected 4★ but was 5★")
                // ZERO_REMAINING ignored: disqualified instead of scoring 1.1 as 0
                .contains("FAILED knockout-reject-1.1-sheet-7-zero:").contains("outcome: expected RANKED but was DISQUALIFIED");
        assertThat(out).filteredOn(l -> l.startsWith("FAILED")).as("only the cases with a policy fail")
                .allMatch(l -> l.matches("FAILED (council-spread|council-all-members-gate|gate-all-members-.*|knockout-.*-zero|"
                        + "knockout-criterion-.*-zero|knockout-group-.*-zero|knockout-sheet-level-zero-remaining|"
                        + "knockout-unprinted-zero): .*"));
    }
}
