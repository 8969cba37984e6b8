package org.ocop.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.DocumentType;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopJsonException;

/**
 * Fuzzing the ocop-json readers: whatever the input, a reader ends either with a valid value or with the
 * library's typed {@link OcopJsonException}; never another exception, an error (stack overflow, out of
 * memory), or a hang.
 *
 * <p>Two engines share one corpus, {@code JsonReadersFuzzTestInputs/readers/} under this package's test
 * resources: valid seed documents of every type (plus a rulebook and an evaluation that fits it) and the
 * regression cases found so far.
 *
 * <ul>
 *   <li>{@link #seededMutations()}: seeded structural and byte mutations of the seeds ({@link JsonMutator}),
 *       {@value #DEFAULT_ITERATIONS} inputs in the normal build (a few seconds); more with {@code
 *       -Docop.fuzz.iterations=N} (the {@code fuzz-long} profile sets 200,000), another sequence with {@code
 *       -Docop.fuzz.seed=S}. A failure prints the seed and iteration that reproduce it and saves the input under
 *       {@code target/fuzz-findings/}; move it into the corpus directory as a regression case.</li>
 *   <li>{@link #readers(byte[])}: a Jazzer coverage-guided fuzz test. In the normal build it replays the corpus
 *       (Jazzer's regression mode); with {@code JAZZER_FUZZ=1} (the {@code fuzz-long} profile) it fuzzes for
 *       the annotation's {@code maxDuration} and stores findings in the corpus directory.</li>
 * </ul>
 *
 * <p>The per-input time limit is a hang detector only (a generous 20 s), never a performance assertion.
 */
class JsonReadersFuzzTest {

    static final int DEFAULT_ITERATIONS = 300;
    private static final long HANG_SECONDS = 20;
    private static final String CORPUS = "JsonReadersFuzzTestInputs/readers";

    private static List<byte[]> corpus;
    private static Rulebook rulebook;
    private static ExecutorService worker;

    @BeforeAll
    static void loadCorpus() throws IOException, URISyntaxException {
        URL dir = JsonReadersFuzzTest.class.getResource(CORPUS);
        assertThat(dir).as("corpus directory %s", CORPUS).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            corpus = new ArrayList<>();
            for (Path p : files.sorted().collect(Collectors.toList())) {
                corpus.add(Files.readAllBytes(p));
            }
        }
        try (InputStream in = JsonReadersFuzzTest.class.getResourceAsStream(CORPUS + "/fit-rulebook.json")) {
            rulebook = OcopJson.readRulebook(in);
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true); // a hung reader must not keep the test JVM alive
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    /** Every seed and regression case reads as a value or an OcopJsonException, through every reader. */
    @Test
    void corpusReadsCleanly() {
        for (byte[] input : corpus) {
            checkEveryReader(input, "corpus");
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(2 * DocumentType.values().length);
    }

    /** The seed documents are valid: the fuzzing starts from documents the readers accept. */
    @Test
    void seedsAreValidDocuments() {
        int valid = 0;
        for (byte[] input : corpus) {
            try {
                Object value = OcopJson.readAny(input);
                assertThat(OcopJson.readAny(OcopJson.write(value).getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
                valid++;
            } catch (OcopJsonException regressionCase) {
                // regression cases are invalid on purpose
            }
        }
        assertThat(valid).isGreaterThanOrEqualTo(2 * DocumentType.values().length);
        assertThat(OcopJson.readEvaluation(resource("fit-evaluation-1.json"))).isNotNull();
    }

    @Test
    void seededMutations() {
        int iterations = Integer.getInteger("ocop.fuzz.iterations", DEFAULT_ITERATIONS);
        long seed = Long.getLong("ocop.fuzz.seed", 20_261_123L);
        JsonMutator mutator = new JsonMutator(corpus);
        int values = 0;
        Map<String, AssertionError> findings = new LinkedHashMap<>(); // one per reader and kind of failure
        for (int i = 0; i < iterations; i++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            byte[] input = mutator.next(random);
            try {
                values += checkEveryReader(input, "seed " + seed + ", iteration " + i);
            } catch (AssertionError e) {
                findings.putIfAbsent(e.getMessage().substring(0, e.getMessage().indexOf(" (")), e);
            }
        }
        if (!findings.isEmpty()) {
            AssertionError all = new AssertionError(findings.size() + " kinds of failure:\n" + findings.values().stream()
                    .map(Throwable::getMessage).collect(Collectors.joining("\n")));
            findings.values().forEach(all::addSuppressed);
            throw all;
        }
        // the mutations are not all fatal: some reach binding and validation and still read as values
        assertThat(values).isPositive();
    }

    /**
     * Open finding of the Jazzer run (QUALITY.md §1, finding 2): a producer document whose first line is
     * <code>{</code> followed by NUL bytes makes Jackson's encoding detection read it as UTF-32, and the
     * resulting {@code CharConversionException} (an {@code IOException}, not a Jackson exception) leaves {@code
     * OcopJson.readAny} as {@code UncheckedIOException}. Fixed: {@code OcopJson} maps {@code
     * CharConversionException} to an {@code OcopJsonException} ("not valid UTF-8, UTF-16 or UTF-32 text"); the
     * input is also a regression case of the corpus.
     */
    @Test
    void regressionNulBytesAfterTheFirstBrace() throws IOException {
        try (InputStream in = JsonReadersFuzzTest.class.getResourceAsStream("JsonReadersFuzzTestInputs/readers/regression-nul-bytes-utf32-detection.json")) {
            checkEveryReader(in.readAllBytes(), "regression");
        }
    }

    /**
     * Jazzer's entry point: raw bytes through every reader.
     *
     * @param input the fuzzer's bytes
     */
    @FuzzTest(maxDuration = "5m")
    void readers(byte[] input) {
        checkEveryReader(input, "jazzer");
    }

    /** @return how many readers returned a value */
    private static int checkEveryReader(byte[] input, String where) {
        int values = 0;
        values += check(input, where, "readAny", OcopJson::readAny);
        values += check(input, where, "readEvaluation", OcopJson::readEvaluation);
        values += check(input, where, "read(InputStream, Evaluation)",
                b -> OcopJson.read(new ByteArrayInputStream(b), Evaluation.class));
        values += check(input, where, "readRulebook", b -> OcopJson.readRulebook(new ByteArrayInputStream(b)));
        values += check(input, where, "read(String, Product)",
                b -> OcopJson.read(new String(b, StandardCharsets.UTF_8), DocumentType.PRODUCT.valueType()));
        return values;
    }

    /** Runs one reader on one input on the worker thread; anything but a value or OcopJsonException fails. */
    private static int check(byte[] input, String where, String reader, Function<byte[], Object> read) {
        Future<Object> outcome = worker.submit(() -> read.apply(input));
        try {
            Object value = outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
            if (value == null) {
                throw failure(input, where, reader, "returned null", null);
            }
            return 1;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcopJsonException) {
                OcopJsonException typed = (OcopJsonException) cause;
                if (typed.getMessage() == null || typed.getMessage().isBlank() || typed.getPointer() == null) {
                    throw failure(input, where, reader, "OcopJsonException without message or pointer", cause);
                }
                return 0;
            }
            throw failure(input, where, reader, "threw " + cause.getClass().getName(), cause);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            throw failure(input, where, reader, "did not finish within " + HANG_SECONDS + " s (hang)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AssertionError failure(byte[] input, String where, String reader, String what, Throwable cause) {
        Path saved = Path.of("target", "fuzz-findings", reader.replaceAll("[^A-Za-z]", "") + "-"
                + Integer.toHexString(java.util.Arrays.hashCode(input)) + ".json");
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String head = new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
        return new AssertionError(reader + " " + what + " (" + where + "; input saved to " + saved + ", "
                + input.length + " bytes, starting: " + head + ")", cause);
    }

    private static byte[] resource(String name) {
        try (InputStream in = JsonReadersFuzzTest.class.getResourceAsStream(CORPUS + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
