package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.remote.RemoteException;
import org.paperkg.remote.RemoteReplica;
import org.paperkg.remote.RemoteStore;
import org.paperkg.text.Slugs;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** {@code --into}: a remote SPARQL store that the run's changes are sent to, beside the local store. */
final class IntoOptions {
    @Option(names = "--into", paramLabel = "URL", description = {"also write into the remote SPARQL store at URL (a Fuseki "
            + "dataset URL: URL/sparql, URL/update, URL/data; give the services one by one for other stores):",
            "each page graph with a Graph Store Protocol PUT, the derived graph's change with SPARQL Update"})
    URI into;

    @Option(names = "--into-query", paramLabel = "URL", description = "the remote's query service (default: URL/sparql)")
    URI query;

    @Option(names = "--into-update", paramLabel = "URL", description = "the remote's update service (default: URL/update)")
    URI update;

    @Option(names = "--into-data", paramLabel = "URL", description = "the remote's Graph Store Protocol service (default: URL/data)")
    URI data;

    @Option(names = "--into-user", paramLabel = "NAME", description = "basic authentication: the user (the password from "
            + "--into-password-file or $PAPERKG_INTO_PASSWORD)")
    String user;

    @Option(names = "--into-password-file", paramLabel = "FILE", description = "a file holding the basic-authentication password")
    Path passwordFile;

    @Option(names = "--into-token-file", paramLabel = "FILE", description = "bearer authentication: a file holding the token "
            + "(or $PAPERKG_INTO_TOKEN)")
    Path tokenFile;

    boolean given() {
        return into != null || query != null || update != null || data != null;
    }

    /**
     * The remote store, asked once whether it answers, before anything local is opened; empty
     * without {@code --into}.
     */
    Optional<RemoteStore> connect() {
        if (!given()) return Optional.empty();
        RemoteStore remote = remote();
        try {
            remote.select("SELECT (1 AS ?answer) WHERE { }");
        } catch (RemoteException e) {
            throw new RemoteFailed(refusal(remote, e));
        }
        return Optional.of(remote);
    }

    /**
     * The remote brought in step with the local store (the whole graph sent when it is not).
     * Fails, having changed nothing locally, when the remote does not answer or refuses.
     */
    static Optional<RemoteReplica> attach(Optional<RemoteStore> connected, Paperkg kg) {
        if (connected.isEmpty()) return Optional.empty();
        RemoteStore remote = connected.get();
        if (kg.store().directory() == null) throw new Main.UsageError("--into needs a store on disk, to keep which copy the remote holds");
        String service = remote.queryService().toString();
        Path token = kg.store().directory().resolve("replicas").resolve(Slugs.distinct(service) + ".token");
        try {
            return Optional.of(RemoteReplica.attach(kg.store(), remote, kg.iris().base(), token, Clock.systemUTC()));
        } catch (RemoteException e) {
            throw new RemoteFailed(refusal(remote, e));
        }
    }

    private static String refusal(RemoteStore remote, RemoteException e) {
        return "the remote store at " + remote.queryService() + " did not take the graph: " + e.getMessage()
                + "; nothing was changed in the local store";
    }

    private RemoteStore remote() {
        RemoteStore.Endpoints fuseki = into == null ? null : RemoteStore.Endpoints.fuseki(into);
        if (into == null && (query == null || update == null || data == null)) {
            throw new Main.UsageError("give --into URL, or all three of --into-query, --into-update and --into-data");
        }
        RemoteStore.Endpoints endpoints = new RemoteStore.Endpoints(query != null ? query : fuseki.query(),
                update != null ? update : fuseki.update(), data != null ? data : fuseki.data());
        for (URI u : new URI[]{endpoints.query(), endpoints.update(), endpoints.data()}) {
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw new Main.UsageError("--into takes http(s) addresses, not '" + u + "'");
            }
        }
        if (user != null && tokenFile != null) throw new Main.UsageError("--into-user and --into-token-file: give one");
        String authorization = null;
        if (user != null) {
            String password = passwordFile != null ? secret(passwordFile, "--into-password-file") : System.getenv("PAPERKG_INTO_PASSWORD");
            if (password == null) throw new Main.UsageError("--into-user needs --into-password-file or $PAPERKG_INTO_PASSWORD");
            authorization = RemoteStore.basic(user, password);
        } else if (tokenFile != null || System.getenv("PAPERKG_INTO_TOKEN") != null) {
            authorization = RemoteStore.bearer(tokenFile != null ? secret(tokenFile, "--into-token-file") : System.getenv("PAPERKG_INTO_TOKEN"));
        }
        return new RemoteStore(endpoints, authorization);
    }

    private static String secret(Path file, String option) {
        try {
            String s = Files.readString(file).strip();
            if (s.isEmpty()) throw new Main.UsageError(option + ": " + file + " is empty");
            return s;
        } catch (IOException e) {
            throw new Main.UsageError(option + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Says what was sent, or that the remote missed changes; 1 when it did. */
    static int report(Optional<RemoteReplica> replica, PrintWriter out, PrintWriter err) {
        if (replica.isEmpty()) return 0;
        RemoteReplica r = replica.get();
        if (r.failure().isPresent()) {
            err.println("paperkg: the remote store missed changes of this run (" + r.failure().get().getMessage()
                    + "); they are in the local store, and the next run with the same --into sends the whole graph again");
            err.flush();
            return 1;
        }
        out.println("remote store: " + r.pagesSent() + " page graph(s) sent, " + r.updatesSent() + " update(s)");
        out.flush();
        return 0;
    }

    /** The remote did not answer or refused, before anything was changed (exit 1). */
    static final class RemoteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RemoteFailed(String message) {
            super(message);
        }
    }
}
