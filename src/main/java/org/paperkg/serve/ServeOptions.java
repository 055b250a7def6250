package org.paperkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SPARQL server runs. The defaults are the safe ones: loopback only, read-only, 30 s per
 * query, no federated SERVICE, no CORS.
 *
 * @param passwordFile Jetty-style "user: password" file; required with {@code allowUpdate}
 * @param watchFolder  a folder whose new or changed pages are ingested while serving, or null
 * @param limits       what clients may ask of the server: query size, requests at once and waiting, hosts
 */
public record ServeOptions(String host, int port, Duration timeout, boolean allowUpdate, Path passwordFile,
                           boolean allowService, boolean cors, Path watchFolder, ServerLimits limits) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServeOptions(String host, int port, Duration timeout, boolean allowUpdate, Path passwordFile,
                        boolean allowService, boolean cors, Path watchFolder) {
        this(host, port, timeout, allowUpdate, passwordFile, allowService, cors, watchFolder, ServerLimits.DEFAULT);
    }

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0–65535: " + port);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file: updates are never open to anyone");
        }
        if (passwordFile != null && !Files.isRegularFile(passwordFile)) {
            throw new IllegalArgumentException("password file not found: " + passwordFile);
        }
        if (watchFolder != null && !Files.isDirectory(watchFolder)) {
            throw new IllegalArgumentException("watch folder not found: " + watchFolder);
        }
    }

    public static ServeOptions defaults(int port) {
        return new ServeOptions(LOOPBACK, port, Duration.ofSeconds(30), false, null, false, false, null);
    }

    public ServeOptions withTimeout(Duration t) {
        return new ServeOptions(host, port, t, allowUpdate, passwordFile, allowService, cors, watchFolder, limits);
    }

    public ServeOptions withUpdate(Path passwords) {
        return new ServeOptions(host, port, timeout, true, passwords, allowService, cors, watchFolder, limits);
    }

    public ServeOptions withWatchFolder(Path folder) {
        return new ServeOptions(host, port, timeout, allowUpdate, passwordFile, allowService, cors, folder, limits);
    }

    public ServeOptions withLimits(ServerLimits l) {
        return new ServeOptions(host, port, timeout, allowUpdate, passwordFile, allowService, cors, watchFolder, l);
    }
}
