package org.paperkg.cli;

import org.paperkg.serve.ServeOptions;
import org.paperkg.serve.ServerLimits;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** The server options {@code serve} and {@code demo} share. */
final class ServerOptionsMixin {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "time limit of each query in seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--allow-update", description = "enable SPARQL Update at /papers/update, for users of --password-file only")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users and passwords (lines 'user: password') for HTTP Basic auth")
    Path passwordFile;

    @Option(names = "--allow-service", description = "allow federated SERVICE queries to other endpoints (off by default)")
    boolean allowService;

    @Option(names = "--cors", description = "send CORS headers so pages on other sites may query (off by default)")
    boolean cors;

    @Option(names = "--watch", paramLabel = "DIR", description = "ingest pages dropped into DIR while serving")
    Path watch;

    @Option(names = "--max-query-size", paramLabel = "BYTES", defaultValue = "262144",
            description = "largest query text or request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE})")
    long maxQuerySize;

    @Option(names = "--max-running", paramLabel = "N", description = "requests handled at once (default: the number of cores, at least 2)")
    Integer maxRunning;

    @Option(names = "--max-waiting", paramLabel = "N", defaultValue = "64",
            description = "requests that may wait for their turn, up to 10 s; past that 503 with Retry-After (default: ${DEFAULT-VALUE})")
    int maxWaiting;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "host names the server may be reached by besides its own address (Host header check against DNS rebinding)")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    ServeOptions options() {
        if (timeoutSeconds <= 0) throw new Main.UsageError("--timeout must be positive");
        try {
            ServerLimits d = ServerLimits.DEFAULT;
            ServerLimits limits = new ServerLimits(maxQuerySize, maxRunning == null ? d.maxRunning() : maxRunning, maxWaiting,
                    d.maxWait(), allowHosts);
            return new ServeOptions(host, port, Duration.ofMillis(Math.round(timeoutSeconds * 1000)), allowUpdate,
                    passwordFile, allowService, cors, watch, limits);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError(e.getMessage());
        }
    }
}
