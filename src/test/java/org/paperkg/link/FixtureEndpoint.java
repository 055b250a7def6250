package org.paperkg.link;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** A fixture file served read-only by Fuseki on loopback, standing in for a public endpoint. */
final class FixtureEndpoint implements AutoCloseable {
    private final FusekiServer fuseki;
    private final String name;

    FixtureEndpoint(Path fixture, String name) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(data, fixture.toString());
        this.name = name;
        this.fuseki = FusekiServer.create().loopback(true).port(0).add("/" + name, data, false).build().start();
    }

    URI sparql() {
        return URI.create("http://localhost:" + fuseki.getPort() + "/" + name + "/sparql");
    }

    /** A client that asks without pause, with a cache in {@code cache} (or none when null). */
    SparqlClient client(Path cache) {
        return new SparqlClient(sparql(), cache, Duration.ofSeconds(10), Duration.ZERO, 2, Duration.ofMillis(50));
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
