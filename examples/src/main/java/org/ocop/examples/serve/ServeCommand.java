package org.ocop.examples.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ocop serve}: runs {@link OcopServer} until the process is stopped (SIGTERM or Ctrl-C stop it
 * gracefully: requests in flight finish).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the library over HTTP/JSON (score, explain, validate, report, rulebooks, sheets, "
                + "templates, diffs; /openapi.json describes it). Stateless; binds the loopback address unless "
                + "told otherwise: put it behind your own gateway for authentication.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--rulebook-file", paramLabel = "FILE",
            description = "A rulebook document (ocop-json) to serve besides the shipped ones; repeatable.")
    private List<Path> rulebookFiles = new ArrayList<>();

    @Option(names = "--max-body", defaultValue = "8388608", paramLabel = "BYTES",
            description = "Largest request body (default: ${DEFAULT-VALUE}, 8 MiB); 413 beyond.")
    private long maxBody;

    @Option(names = "--read-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Longest time to receive a request (default: ${DEFAULT-VALUE}).")
    private int readTimeout;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests handled at once (default: 4 per processor).")
    private Integer maxConcurrent;

    @Option(names = "--max-queued", defaultValue = "256", paramLabel = "N",
            description = "Requests waiting for a worker (default: ${DEFAULT-VALUE}); connections beyond are dropped.")
    private int maxQueued;

    @Option(names = "--shutdown-grace", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long a stop waits for requests in flight (default: ${DEFAULT-VALUE}).")
    private int shutdownGrace;

    /** Creates the command (picocli instantiates it). */
    public ServeCommand() {}

    @Override
    public Integer call() throws Exception {
        OcopServer.Config config = new OcopServer.Config(bind, port, maxBody, Duration.ofSeconds(readTimeout),
                maxConcurrent == null ? OcopServer.Config.DEFAULT_MAX_CONCURRENT : maxConcurrent, maxQueued,
                Duration.ofSeconds(shutdownGrace), rulebookFiles);
        OcopServer server = OcopServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "ocop-serve-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("ocop serve: listening on http://" + server.address().getHostString() + ":"
                + server.address().getPort() + "/ (GET /openapi.json describes the API; stop with SIGTERM or Ctrl-C)");
        out.flush();
        stopped.await();
        return 0;
    }
}
