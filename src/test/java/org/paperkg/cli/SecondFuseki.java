package org.paperkg.cli;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A second Fuseki on loopback standing in for a remote store: an in-memory dataset at {@code
 * /ds} that takes updates, a log of the requests it was sent ("PUT /ds/data", "POST
 * /ds/update"), an Authorization header it may require, and a number of requests after which it
 * answers 500 to every write (a store that falls over mid-run).
 */
final class SecondFuseki implements AutoCloseable {
    private final DatasetGraph data = DatasetGraphFactory.createTxnMem();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private volatile String required;
    private final AtomicInteger writesBeforeFailing = new AtomicInteger(Integer.MAX_VALUE);
    private final FusekiServer fuseki;

    SecondFuseki() {
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", data, true)
                .addFilter("/*", new HttpFilter() {
                    @Override
                    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
                            throws IOException, ServletException {
                        log.add(req.getMethod() + " " + req.getRequestURI());
                        if (required != null && !required.equals(req.getHeader("Authorization"))) {
                            resp.setHeader("WWW-Authenticate", "Bearer");
                            resp.sendError(401);
                            return;
                        }
                        if (!req.getMethod().equals("GET") && !req.getRequestURI().endsWith("/sparql")
                                && writesBeforeFailing.getAndDecrement() <= 0) {
                            resp.sendError(500, "the store fell over");
                            return;
                        }
                        chain.doFilter(req, resp);
                    }
                }).build().start();
    }

    String url() {
        return "http://localhost:" + fuseki.getPort() + "/ds";
    }

    void require(String authorization) {
        required = authorization;
    }

    void failWritesAfter(int writes) {
        writesBeforeFailing.set(writes);
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void clearLog() {
        log.clear();
    }

    /** A copy of what the remote holds, its replica-state graph left out. */
    DatasetGraph copyWithoutState(String base) {
        Node state = NodeFactory.createURI(base + "graph/replica");
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(data, () -> data.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(state)) copy.add(q);
        }));
        return copy;
    }

    DatasetGraph data() {
        return data;
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
