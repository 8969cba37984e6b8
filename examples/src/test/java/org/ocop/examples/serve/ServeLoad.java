package org.ocop.examples.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.json.OcopJson;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * The load check of {@code ocop serve} (issue 15), run by {@code examples/load/serve-load.sh} against a server
 * in its own JVM; not a test (no test runs it). Loopback only, bounded in time and count: {@code --clients}
 * keep-alive connections (32) each send {@code POST /v1/score} with the 7-member sample {@code rice-vermicelli}
 * one after another for {@code --seconds} (20) after a warm-up ({@code --warm-up}, 3), at most
 * {@value #MAX_PER_CLIENT} requests per connection. It speaks HTTP/1.1 over plain sockets: a few bytes written
 * and read per request, so that the client costs the shared processors little (the JDK's {@code HttpClient},
 * the load generator before, was itself the bottleneck on two cores). Then the same document is read, its rulebook
 * chosen, scored and written in-process on as many threads as processors, for the ratio.
 *
 * <p>It prints, and writes to {@code examples/target/serve-load.txt}: scores per second, p50/p99/maximum
 * latency, errors (any status but 200, a reset or a timeout), the processor time of the server and of this
 * client during the measured run, the in-process rate and the ratio. Exit status 1 when there were errors.
 * Options: {@code --port N} (required), {@code --server-pid N}, {@code --in-process RATE} (measured beforehand;
 * else measured here, after the run), {@code --in-process-only} (measure it, print it, exit), {@code --clients N}, {@code --seconds N},
 * {@code --warm-up N}, {@code --label TEXT} (e.g. the server's JVM options, printed with the figures).
 */
public final class ServeLoad {

    /** A bound on the requests of one connection, whatever the machine's speed. */
    static final int MAX_PER_CLIENT = 200_000;
    static final String SAMPLE = "rice-vermicelli";
    static final Duration IN_PROCESS = Duration.ofSeconds(5);

    private ServeLoad() {}

    /**
     * @param args the options
     * @throws Exception when the server cannot be reached or the sample read
     */
    public static void main(String[] args) throws Exception {
        int port = -1;
        long pid = -1;
        int clients = 32;
        int seconds = 20;
        int warmUp = 3;
        String label = "";
        double inProcess = -1;
        if (args.length == 1 && args[0].equals("--in-process-only")) {
            System.out.println(String.format(Locale.ROOT, "%.0f", inProcess(sample())));
            return;
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--in-process" -> inProcess = Double.parseDouble(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--server-pid" -> pid = Long.parseLong(args[i + 1]);
                case "--clients" -> clients = Math.min(256, Integer.parseInt(args[i + 1]));
                case "--seconds" -> seconds = Math.min(300, Integer.parseInt(args[i + 1]));
                case "--warm-up" -> warmUp = Math.min(60, Integer.parseInt(args[i + 1]));
                case "--label" -> label = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port <= 0) {
            throw new IllegalArgumentException("--port N is required");
        }
        byte[] doc = sample();
        int members = OcopJson.read(doc, Evaluation.class).getMemberScores().size();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        byte[] request = request(port, doc);
        awaitServer(address);

        run(address, request, clients, Duration.ofSeconds(warmUp));
        Optional<ProcessHandle> server = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        long serverCpu0 = cpuNanos(server);
        long clientCpu0 = clientCpuNanos();
        Run served = run(address, request, clients, Duration.ofSeconds(seconds));
        long serverCpu = server.isPresent() ? cpuNanos(server) - serverCpu0 : -1;
        long clientCpu = clientCpuNanos() - clientCpu0;
        if (inProcess < 0) {
            inProcess = inProcess(doc);
        }

        long[] all = served.latencies();
        Arrays.sort(all);
        double wall = served.nanos() / 1e9;
        double perSecond = all.length / wall;
        int processors = Runtime.getRuntime().availableProcessors();
        String report = String.format(Locale.ROOT, "ocop serve load check: %d keep-alive connections, sample %s "
                + "(%d members), %d s after %d s warm-up, %d processors, loopback%s%n"
                + "  served:     %d scores, %.0f scores/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n"
                + "  processor:  server %s, client %.1f s (%.0f %% of the machine)%n"
                + "  in-process: %.0f scores/s (read + choose rulebook + score + write the document, %d threads)%n"
                + "  ratio:      %.2f of in-process%n",
                clients, SAMPLE, members, seconds, warmUp, processors,
                label.isBlank() ? "" : "; server JVM: " + label,
                all.length, perSecond, ms(percentile(all, 0.50)), ms(percentile(all, 0.99)),
                ms(all.length == 0 ? 0 : all[all.length - 1]), served.errors(),
                serverCpu < 0 ? "not measured (no --server-pid)" : String.format(Locale.ROOT,
                        "%.1f s (%.0f %% of the machine)", serverCpu / 1e9, 100 * serverCpu / 1e9 / wall / processors),
                clientCpu / 1e9, 100 * clientCpu / 1e9 / wall / processors, inProcess, processors,
                perSecond / inProcess);
        System.out.print(report);
        Path target = Path.of("examples", "target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("serve-load.txt"), report, StandardCharsets.UTF_8);
        }
        System.exit(served.errors() == 0 ? 0 : 1);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = ServeLoad.class.getResourceAsStream("/samples/evaluations/" + SAMPLE + ".json")) {
            return in.readAllBytes();
        }
    }

    /** The request, written once: the same bytes are sent on every connection. */
    static byte[] request(int port, byte[] body) {
        String head = "POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static void awaitServer(InetSocketAddress address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(address, 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no server at " + address + " after 60 s", e);
                }
                Thread.sleep(200);
            }
        }
    }

    record Run(long[] latencies, long errors, long nanos) {}

    static Run run(InetSocketAddress address, byte[] request, int clients, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> client(address, request, end, errors)));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] one = f.get();
            long[] merged = Arrays.copyOf(all, all.length + one.length);
            System.arraycopy(one, 0, merged, all.length, one.length);
            all = merged;
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        return new Run(all, errors.get(), nanos);
    }

    /** One keep-alive connection sending requests until the end; reconnects after an error. */
    static long[] client(InetSocketAddress address, byte[] request, long end, AtomicLong errors) {
        long[] lat = new long[4096];
        int n = 0;
        byte[] buffer = new byte[16 * 1024];
        Socket socket = null;
        InputStream in = null;
        while (System.nanoTime() < end && n < MAX_PER_CLIENT) {
            long t0 = System.nanoTime();
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    socket.connect(address, 10_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                }
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                Response r = Response.read(in, buffer);
                if (r.status() != 200) {
                    errors.incrementAndGet();
                }
                if (r.close()) {
                    socket.close();
                    socket = null;
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                close(socket);
                socket = null;
            }
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t0;
        }
        close(socket);
        return Arrays.copyOf(lat, n);
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing after a failure: nothing more to do
            }
        }
    }

    /**
     * The status of a response whose body has been read and discarded, and whether the server closes.
     *
     * @param status the HTTP status
     * @param close whether the server said {@code Connection: close}
     */
    record Response(int status, boolean close) {

        /** Reads the status line and headers, then exactly Content-Length bytes of body (no chunked answers). */
        static Response read(InputStream in, byte[] buffer) throws IOException {
            String statusLine = line(in);
            if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean close = false;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                String name = colon < 0 ? h : h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : h.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("connection")) {
                    close = value.equalsIgnoreCase("close");
                } else if (name.equals("transfer-encoding")) {
                    throw new IOException("a chunked answer: the server did not send the length");
                }
            }
            if (length < 0) {
                throw new IOException("no Content-Length");
            }
            for (long left = length; left > 0;) {
                int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (r < 0) {
                    throw new IOException("the answer ended early");
                }
                left -= r;
            }
            return new Response(status, close);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
                if (b.length() > 8192) {
                    throw new IOException("a header line over 8 KiB");
                }
            }
            return b.toString();
        }
    }

    /**
     * Scores per second in-process: the server's work for the same document without HTTP (read, rulebook
     * chosen by the catalogue, scored, written), on as many threads as processors, 5 s after a 5 s warm-up. The
     * script measures it with {@code --in-process-only} in a JVM of the server's options, before the server
     * starts, and passes it with {@code --in-process}.
     */
    static double inProcess(byte[] doc) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        RulebookCatalogue catalogue = RulebookCatalogue.standard();
        try {
            List<Duration> rounds = List.of(Duration.ofSeconds(5), IN_PROCESS); // warm-up, then measured
            for (int r = 0; r < rounds.size(); r++) {
                Duration round = rounds.get(r);
                count.set(0);
                long start = System.nanoTime();
                long end = start + round.toNanos();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
                        while (System.nanoTime() < end) {
                            Evaluation ev = OcopJson.read(doc, Evaluation.class);
                            ScoreResult result = ScoringEngine.standard()
                                    .score(catalogue.forEvaluation(ev).getRulebook(), ev);
                            out.reset();
                            OcopJson.write(result, out);
                            count.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                if (r == rounds.size() - 1) {
                    return count.get() / ((System.nanoTime() - start) / 1e9);
                }
            }
            throw new IllegalStateException("unreachable");
        } finally {
            pool.shutdown();
        }
    }

    static long cpuNanos(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }

    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
