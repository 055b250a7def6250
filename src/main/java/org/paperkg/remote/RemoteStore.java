package org.paperkg.remote;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.update.UpdateRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A SPARQL 1.1 store elsewhere, by its three services: query, update and the Graph Store
 * Protocol. Fuseki names them {@code DATASET/sparql}, {@code DATASET/update} and {@code
 * DATASET/data}; GraphDB, Virtuoso and Neptune name them otherwise, so each can be given. Jena's
 * HTTP clients do the protocol work; every request carries the authorisation given, basic or
 * bearer, from the first request on (no challenge round trip).
 */
public final class RemoteStore {
    private final URI query;
    private final URI update;
    private final URI data;
    private final String authorization;
    private final HttpClient http;

    /** How the remote's services are reached. */
    public record Endpoints(URI query, URI update, URI data) {
        /** Fuseki's names under a dataset URL: {@code /sparql}, {@code /update}, {@code /data}. */
        public static Endpoints fuseki(URI dataset) {
            String base = dataset.toString().replaceAll("/+$", "");
            return new Endpoints(URI.create(base + "/sparql"), URI.create(base + "/update"), URI.create(base + "/data"));
        }
    }

    /** @param authorization the Authorization header's value ({@link #basic}, {@link #bearer}), or null */
    public RemoteStore(Endpoints endpoints, String authorization) {
        this.query = endpoints.query();
        this.update = endpoints.update();
        this.data = endpoints.data();
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The address users know the remote by: its query service. */
    public URI queryService() {
        return query;
    }

    /** The rows of a SELECT, each its bindings. */
    public List<Binding> select(String sparql) {
        return call("ask " + query, () -> {
            QueryExecHTTPBuilder b = QueryExecHTTP.service(query.toString()).httpClient(http).query(sparql);
            if (authorization != null) b.httpHeader("Authorization", authorization);
            try (QueryExec exec = b.build()) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** Replaces one named graph with {@code content} (GSP PUT), in one request the store applies whole. */
    public void put(Node graph, Graph content) {
        call("PUT graph " + graph.getURI() + " to " + data, () -> {
            GSP gsp = GSP.service(data.toString()).httpClient(http).graphName(graph).contentType(RDFFormat.NTRIPLES);
            if (authorization != null) gsp.httpHeader("Authorization", authorization);
            gsp.PUT(content);
            return null;
        });
    }

    /** Runs one update request, which SPARQL stores apply as one transaction. */
    public void update(UpdateRequest request) {
        if (request.getOperations().isEmpty()) return;
        call("update " + update, () -> {
            UpdateExecHTTPBuilder b = UpdateExecHTTP.service(update.toString()).httpClient(http).update(request);
            if (authorization != null) b.httpHeader("Authorization", authorization);
            b.build().execute();
            return null;
        });
    }

    private static <T> T call(String what, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw new RemoteException(what + " failed: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        int status = e instanceof org.apache.jena.atlas.web.HttpException h ? h.getStatusCode()
                : e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status > 0) {
            return "answered " + status + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("").strip() + ")")
                    + (status == 401 || status == 403 ? "; give the remote's credentials with --into-user or --into-token-file" : "");
        }
        Function<Throwable, String> one = t -> t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = one.apply(e);
        return root == e ? text : text + " (" + one.apply(root) + ")";
    }
}
