package org.paperkg.cli;

import org.paperkg.serve.ServeOptions;
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

    ServeOptions options() {
        if (timeoutSeconds <= 0) throw new Main.UsageError("--timeout must be positive");
        try {
            return new ServeOptions(host, port, Duration.ofMillis(Math.round(timeoutSeconds * 1000)), allowUpdate,
                    passwordFile, allowService, cors, watch);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError(e.getMessage());
        }
    }
}
