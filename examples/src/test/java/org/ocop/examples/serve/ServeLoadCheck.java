package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ocop.core.policy.ScoringPolicy;
import org.ocop.core.result.ScoreResult;
import org.ocop.examples.cli.Backend;
import org.ocop.examples.samples.Samples;
import org.ocop.examples.text.Words;

/**
 * The load check of {@code ocop serve}, kept out of the default test run (its name is not a test name; run it
 * with {@code examples/load/serve-load.sh}). Loopback only, bounded in time and count: 32 concurrent clients
 * score the 7-member sample {@code rice-vermicelli} over HTTP for 20 s (after a 3 s warm-up), then the same
 * document is read and scored in-process on as many threads as processors for 5 s, through the same building
 * blocks the server calls. It prints and writes to {@code target/serve-load.txt}: requests per second, p50, p99
 * and maximum latency, errors, and the ratio to in-process scoring. It fails only on errors: figures depend on
 * the machine and are reported, not asserted.
 */
class ServeLoadCheck {

    static final int CLIENTS = Integer.getInteger("ocop.load.clients", 32);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("ocop.load.warmUp", 3));
    static final Duration RUN = Duration.ofSeconds(Long.getLong("ocop.load.seconds", 20));
    static final Duration IN_PROCESS = Duration.ofSeconds(5);
    /** A bound on the requests of one client, whatever the machine's speed. */
    static final int MAX_PER_CLIENT = 200_000;
    static final String SAMPLE = "rice-vermicelli";

    @Test
    void load() throws Exception {
        byte[] doc;
        try (InputStream in = ServeLoadCheck.class.getResourceAsStream(Samples.FOLDER + SAMPLE + ".json")) {
            doc = in.readAllBytes();
        }
        int members = Backend.readEvaluation(SAMPLE, doc).getMemberScores().size();
        OcopServer server = OcopServer.start(OcopServer.Config.defaults(0));
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/score");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(2)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build();
            run(client, request, WARM_UP);
            Run served = run(client, request, RUN);
            double inProcess = inProcess(doc);
            long[] all = served.latencies();
            Arrays.sort(all);
            double perSecond = all.length / (served.nanos() / 1e9);
            String report = String.format(Locale.ROOT, "ocop serve load check: %d clients, sample %s (%d members), "
                    + "%d s on %d processors, loopback%n"
                    + "  served:     %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n"
                    + "  in-process: %.0f scores/s (read + score + write the same document, %d threads)%n"
                    + "  ratio:      %.2f of in-process%n",
                    CLIENTS, SAMPLE, members, RUN.getSeconds(), Runtime.getRuntime().availableProcessors(),
                    all.length, perSecond, ms(percentile(all, 0.50)), ms(percentile(all, 0.99)),
                    ms(all.length == 0 ? 0 : all[all.length - 1]), served.errors(), inProcess,
                    Runtime.getRuntime().availableProcessors(), perSecond / inProcess);
            System.out.print(report);
            Files.writeString(Path.of("target", "serve-load.txt"), report, StandardCharsets.UTF_8);
            assertThat(served.errors()).as("errors").isZero();
        } finally {
            server.stop();
        }
    }

    record Run(long[] latencies, long errors, long nanos) {}

    static Run run(HttpClient client, HttpRequest request, Duration length) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end && n < MAX_PER_CLIENT) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] one = f.get();
            long[] merged = Arrays.copyOf(all, all.length + one.length);
            System.arraycopy(one, 0, merged, all.length, one.length);
            all = merged;
        }
        long nanos = System.nanoTime() - start;
        clients.shutdown();
        return new Run(all, errors.get(), nanos);
    }

    /** Scores per second in-process: the server's work for one document without HTTP. */
    static double inProcess(byte[] doc) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        Catalogue catalogue = Catalogue.standard();
        Words w = Words.of(Locale.forLanguageTag("vi"));
        for (int round = 0; round < 2; round++) {
            count.set(0);
            long start = System.nanoTime();
            long end = start + (round == 0 ? WARM_UP : IN_PROCESS).toNanos();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Backend.Read read = catalogue.read(SAMPLE, doc, Optional.empty(), w);
                        ScoreResult result = Backend.score(read, ScoringPolicy.standard(), w);
                        if (Backend.resultJson(result).isEmpty()) {
                            throw new IllegalStateException();
                        }
                        count.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            if (round == 1) {
                pool.shutdown();
                return count.get() / ((System.nanoTime() - start) / 1e9);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
