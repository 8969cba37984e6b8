package org.ocop.examples.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ocop serve}: the library as a small, stateless HTTP/JSON service, on the JDK's own
 * {@code com.sun.net.httpserver} with a bounded pool of worker threads. It stores nothing between requests;
 * it authenticates no one, so it belongs behind the province's own gateway. See {@code docs/serve.md}.
 *
 * <p>Limits: the request body ({@link Config#maxBodyBytes()}), the time to read a request
 * ({@link Config#readTimeout()}: a client that stalls is disconnected and its worker freed), the requests
 * handled at once ({@link Config#maxConcurrent()}) and those waiting for a worker ({@link Config#maxQueued()};
 * beyond it a connection is dropped). {@link #stop()} stops taking requests and lets those in flight finish.
 */
public final class OcopServer implements AutoCloseable {

    /**
     * The JDK server's own limit on the time to read a request (seconds). It is read once per JVM, when the
     * first server starts; {@link #start(Config)} sets it from {@link Config#readTimeout()} unless it is set.
     */
    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";

    /**
     * The JDK server's switch for TCP_NODELAY on accepted connections, read once per JVM; {@link #start(Config)}
     * turns it on unless it is set: a small answer leaves at once instead of waiting for the client's
     * acknowledgement (Nagle's algorithm with delayed acknowledgements adds up to 40 ms on keep-alive).
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private static final Logger LOG = Logger.getLogger(OcopServer.class.getName());

    /**
     * How the service runs.
     *
     * @param bind the address to listen on; {@code 127.0.0.1} by default
     * @param port the port; 0 for any free port
     * @param maxBodyBytes the largest request body accepted (413 beyond)
     * @param readTimeout the longest time to receive a request (whole seconds, at least 1)
     * @param maxConcurrent the requests handled at once (worker threads)
     * @param maxQueued the requests waiting for a worker; beyond it a connection is dropped
     * @param shutdownGrace how long {@link OcopServer#stop()} waits for requests in flight
     * @param rulebookFiles rulebook documents to serve besides the shipped rulebooks
     */
    public record Config(String bind, int port, long maxBodyBytes, Duration readTimeout, int maxConcurrent,
            int maxQueued, Duration shutdownGrace, List<Path> rulebookFiles) {

        /** Default body limit: 8 MiB, a registry of some 15,000 products. */
        public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
        /** Default read timeout: 10 seconds. */
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
        /** Default concurrency: 4 workers per processor. */
        public static final int DEFAULT_MAX_CONCURRENT = 4 * Runtime.getRuntime().availableProcessors();
        /** Default queue: 256 requests waiting for a worker. */
        public static final int DEFAULT_MAX_QUEUED = 256;
        /** Default shutdown grace: 10 seconds. */
        public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException if a limit is not positive or the port is out of range
         */
        public Config {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            rulebookFiles = List.copyOf(rulebookFiles);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port 0 to 65535 expected, got " + port);
            }
            if (maxBodyBytes < 1 || maxConcurrent < 1 || maxQueued < 1 || readTimeout.getSeconds() < 1
                    || shutdownGrace.isNegative()) {
                throw new IllegalArgumentException("limits must be positive (read timeout at least 1 s)");
            }
        }

        /**
         * @param port the port; 0 for any free port
         * @return the defaults on the loopback address
         */
        public static Config defaults(int port) {
            return new Config("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_CONCURRENT,
                    DEFAULT_MAX_QUEUED, DEFAULT_SHUTDOWN_GRACE, List.of());
        }
    }

    private final Config config;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private OcopServer(Config config, HttpServer server, ThreadPoolExecutor workers) {
        this.config = config;
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts a server.
     *
     * @param config how it runs
     * @return the running server
     * @throws IOException if the address cannot be bound
     * @throws IllegalArgumentException if a rulebook file cannot be read
     */
    public static OcopServer start(Config config) throws IOException {
        Catalogue catalogue = config.rulebookFiles().isEmpty() ? Catalogue.standard()
                : Catalogue.withFiles(config.rulebookFiles());
        if (System.getProperty(MAX_REQ_TIME) == null) {
            System.setProperty(MAX_REQ_TIME, String.valueOf(config.readTimeout().getSeconds()));
        }
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.maxConcurrent(), config.maxConcurrent(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.maxQueued()), r -> {
                    Thread t = new Thread(r, "ocop-serve-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, (r, pool) -> LOG.warning("ocop serve: " + config.maxQueued()
                        + " requests already wait for a worker; a connection is dropped"));
        workers.allowCoreThreadTimeOut(true);
        HttpServer http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 128);
        OcopServer server = new OcopServer(config, http, workers);
        Api api = new Api(catalogue);
        http.createContext("/", exchange -> server.handle(api, exchange));
        http.setExecutor(workers);
        http.start();
        return server;
    }

    private void handle(Api api, com.sun.net.httpserver.HttpExchange http) {
        inFlight.incrementAndGet();
        Exchange x = new Exchange(http, config.maxBodyBytes());
        try {
            if (draining.get()) {
                http.getResponseHeaders().set("Connection", "close");
                throw Problem.of(Problem.Kind.UNAVAILABLE, "Dịch vụ đang dừng.", "The service is stopping.");
            }
            api.answer(x);
        } catch (Problem p) {
            x.drainRefusedBody();
            answer(x, p);
        } catch (org.ocop.examples.cli.InvalidInputException e) {
            answer(x, api.problem(e));
        } catch (org.ocop.json.OcopJsonException e) {
            answer(x, api.problem(e));
        } catch (IOException e) {
            LOG.log(Level.FINE, "ocop serve: client gone or timed out", e);
        } catch (RuntimeException e) {
            answer(x, Api.internal(x, e));
        } finally {
            http.close();
            inFlight.decrementAndGet();
        }
    }

    private static void answer(Exchange x, Problem p) {
        if (x.answered()) {
            return;
        }
        try {
            x.sendProblem(p);
        } catch (IOException e) {
            LOG.log(Level.FINE, "ocop serve: client gone before the problem was sent", e);
        }
    }

    /** @return the address the server listens on (with the port chosen when 0 was asked) */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** @return the requests being handled now */
    int inFlight() {
        return inFlight.get();
    }

    /** @return whether {@link #stop()} has begun */
    boolean isDraining() {
        return draining.get();
    }

    /**
     * Stops gracefully: requests arriving from now on are refused (503, connection closed), requests in flight
     * finish within {@link Config#shutdownGrace()}, then the server closes its socket and every connection.
     * Idempotent; safe from a shutdown hook.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        draining.set(true);
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
