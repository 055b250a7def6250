package org.paperkg.remote;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.paperkg.rdf.Vocab;
import org.paperkg.store.PaperStore;
import org.paperkg.store.Replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A remote SPARQL store kept a copy of the local one. The local TDB2 store stays the working
 * copy, since telling who is who needs the whole graph at hand; the remote serves it.
 *
 * <p>After each local write transaction: every page graph it touched is sent whole with a GSP
 * PUT (a paper arrives with all its page's statements in one request, never in part); then one
 * SPARQL Update deletes and inserts the net change to the other graphs (derived, vocabulary,
 * links), drops the graphs of removed pages and writes a new token in {@code graph/replica}. The
 * same token is kept beside the local store. When the two differ at the start (a first run, a
 * push that failed half-way, another writer), the whole graph is sent again: every page whose
 * checksum the remote does not have, every other graph whole, and the remote's graphs under our
 * base that the local store no longer has are dropped. Graphs outside the base are never touched.
 */
public final class RemoteReplica implements Replica {
    /** Changed quads in one graph from which on it may go whole instead. */
    private static final int LARGE_CHANGE = 5_000;
    private final RemoteStore remote;
    private final String base;
    private final Path tokenFile;
    private final Clock clock;
    private final Node stateGraph;
    private String token;
    private RemoteException failure;
    private long pagesSent;
    private long updatesSent;

    private RemoteReplica(RemoteStore remote, String base, Path tokenFile, Clock clock) {
        this.remote = remote;
        this.base = base;
        this.tokenFile = tokenFile;
        this.clock = clock;
        this.stateGraph = NodeFactory.createURI(base + "graph/replica");
    }

    /**
     * Asks the remote which copy it holds, and sends the whole graph when it is not the local
     * store's latest; from then on {@link PaperStore#follow follow} the store with the result.
     *
     * @param tokenFile where the local store keeps the token of the copy last sent
     * @throws RemoteException when the remote does not answer or refuses: nothing has been changed
     */
    public static RemoteReplica attach(PaperStore store, RemoteStore remote, String base, Path tokenFile, Clock clock) {
        RemoteReplica replica = new RemoteReplica(remote, base, tokenFile, clock);
        Optional<String> held = replica.remoteToken();
        Optional<String> ours = replica.localToken();
        if (held.isPresent() && held.equals(ours)) {
            replica.token = held.get();
        } else {
            replica.sendAll(store);
        }
        return replica;
    }

    /** The first failure to send, after which this run sends nothing more (the next run sends all). */
    public Optional<RemoteException> failure() {
        return Optional.ofNullable(failure);
    }

    public long pagesSent() {
        return pagesSent;
    }

    public long updatesSent() {
        return updatesSent;
    }

    @Override
    public DatasetGraph watch(DatasetGraph dsg) {
        return new RecordedChanges(dsg, this::isPageGraph);
    }

    @Override
    public void committed(DatasetGraph watched, PaperStore store) {
        if (failure != null || !(watched instanceof RecordedChanges changes) || changes.noChange()) return;
        try {
            if (changes.cleared() || !remoteToken().equals(Optional.ofNullable(token))) {
                sendAll(store);
                return;
            }
            forgetLocalToken();
            List<Node> removed = new ArrayList<>();
            for (Node page : changes.pages()) {
                Graph content = copyOf(store, page);
                if (content.isEmpty()) {
                    removed.add(page);
                } else {
                    remote.put(page, content);
                    pagesSent++;
                }
            }
            Set<Node> whole = wholeGraphs(changes, store);
            for (Node g : whole) putOrDrop(store, g, removed);
            UpdateRequest update = new UpdateRequest();
            QuadDataAcc delete = new QuadDataAcc();
            changes.deleted().stream().filter(q -> !whole.contains(q.getGraph())).forEach(delete::addQuad);
            QuadDataAcc insert = new QuadDataAcc();
            changes.added().stream().filter(q -> !whole.contains(q.getGraph())).forEach(insert::addQuad);
            if (!delete.getQuads().isEmpty()) update.add(new UpdateDataDelete(delete));
            if (!insert.getQuads().isEmpty()) update.add(new UpdateDataInsert(insert));
            for (Node g : removed) update.add(new UpdateDrop(Target.create(g), true));
            finish(update);
        } catch (RemoteException e) {
            failure = e;
            token = null;
        }
    }

    /**
     * Sends the whole graph, for writes that bypassed the store's transactions (a bulk build); a
     * failure is kept as {@link #failure}, as for a change.
     */
    public void sendAllOrNote(PaperStore store) {
        if (failure != null) return;
        try {
            sendAll(store);
        } catch (RemoteException e) {
            failure = e;
            token = null;
        }
    }

    /** Sends the whole graph: pages the remote lacks or holds otherwise, every other graph whole, stale graphs dropped. */
    private void sendAll(PaperStore store) {
        forgetLocalToken();
        Map<Node, String> remoteSums = new HashMap<>();
        for (Binding row : remote.select("SELECT ?g ?sha WHERE { GRAPH ?g { ?g <" + Vocab.sha256.getURI() + "> ?sha } }")) {
            remoteSums.put(row.get("g"), row.get("sha").getLiteralLexicalForm());
        }
        Set<Node> remoteGraphs = new LinkedHashSet<>();
        for (Binding row : remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), \""
                + base.replace("\\", "\\\\").replace("\"", "\\\"") + "\")) }")) {
            remoteGraphs.add(row.get("g"));
        }
        Map<Node, String> localSums = new HashMap<>();
        List<Node> localGraphs = store.read(dsg -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            for (Node g : names) {
                if (!isPageGraph(g)) continue;
                dsg.find(g, g, Vocab.sha256, Node.ANY).forEachRemaining(q -> localSums.put(g, q.getObject().getLiteralLexicalForm()));
            }
            return names;
        });
        // pages first, so the derived graph never names a paper the remote does not have yet
        for (Node g : localGraphs) {
            if (!isPageGraph(g) || (localSums.containsKey(g) && localSums.get(g).equals(remoteSums.get(g)))) continue;
            remote.put(g, copyOf(store, g));
            pagesSent++;
        }
        for (Node g : localGraphs) {
            if (isPageGraph(g)) continue;
            remote.put(g, copyOf(store, g));
        }
        UpdateRequest update = new UpdateRequest();
        Set<Node> local = new java.util.HashSet<>(localGraphs);
        for (Node g : remoteGraphs) {
            if (!local.contains(g) && !g.equals(stateGraph)) update.add(new UpdateDrop(Target.create(g), true));
        }
        finish(update);
    }

    /** Adds the new token to {@code update}, sends it, and keeps the token beside the local store. */
    private void finish(UpdateRequest update) {
        String next = UUID.randomUUID().toString();
        update.add(new UpdateDrop(Target.create(stateGraph), true));
        QuadDataAcc state = new QuadDataAcc();
        state.addQuad(Quad.create(stateGraph, stateGraph, Vocab.type, Vocab.ReplicaState));
        state.addQuad(Quad.create(stateGraph, stateGraph, Vocab.replicaToken, NodeFactory.createLiteralString(next)));
        state.addQuad(Quad.create(stateGraph, stateGraph, Vocab.generatedAtTime, NodeFactory.createLiteralDT(
                DateTimeFormatter.ISO_INSTANT.format(clock.instant()), XSDDatatype.XSDdateTime)));
        update.add(new UpdateDataInsert(state));
        remote.update(update);
        updatesSent++;
        token = next;
        try {
            Files.createDirectories(tokenFile.getParent());
            Files.writeString(tokenFile, next + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the replica token in " + tokenFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The graphs whose change goes as the whole graph by PUT rather than by DELETE/INSERT DATA:
     * those whose change holds a blank node (which DATA cannot name), and those where most of the
     * graph changed (the vocabulary graph written with the first page: one PUT of N-Triples is
     * far quicker for a store to take than an update of the same size).
     */
    private static Set<Node> wholeGraphs(RecordedChanges changes, PaperStore store) {
        Set<Node> whole = new LinkedHashSet<>();
        Map<Node, Integer> changed = new HashMap<>();
        for (Set<Quad> side : List.of(changes.added(), changes.deleted())) {
            for (Quad q : side) {
                if (hasBlank(q)) whole.add(q.getGraph());
                changed.merge(q.getGraph(), 1, Integer::sum);
            }
        }
        changed.forEach((g, n) -> {
            if (n >= LARGE_CHANGE && !whole.contains(g)
                    && 2L * n > store.read(dsg -> dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).limit(2L * n + 1).count())) {
                whole.add(g);
            }
        });
        return whole;
    }

    private void putOrDrop(PaperStore store, Node g, List<Node> dropped) {
        Graph content = copyOf(store, g);
        if (content.isEmpty()) dropped.add(g);
        else remote.put(g, content);
    }

    private Optional<String> remoteToken() {
        List<Binding> rows = remote.select("SELECT ?t WHERE { GRAPH <" + stateGraph.getURI() + "> { ?s <"
                + Vocab.replicaToken.getURI() + "> ?t } }");
        return rows.size() == 1 ? Optional.of(rows.get(0).get("t").getLiteralLexicalForm()) : Optional.empty();
    }

    private Optional<String> localToken() {
        try {
            return Files.isRegularFile(tokenFile) ? Optional.of(Files.readString(tokenFile).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Until a change is wholly sent, the local store claims no copy: a crash in between means a full send next time. */
    private void forgetLocalToken() {
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the replica token " + tokenFile + ": " + e.getMessage(), e);
        }
    }

    private boolean isPageGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(base + "page/");
    }

    private static boolean hasBlank(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank();
    }

    private static Graph copyOf(PaperStore store, Node g) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }
}
