package org.paperkg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.paperkg.Paperkg;
import org.paperkg.browse.BrowsePages;
import org.paperkg.store.ServerMarker;

import java.nio.file.Path;

/**
 * The store served over SPARQL by an embedded Fuseki: dataset {@code /papers} with the query
 * endpoints {@code sparql} and {@code query}, the read-only Graph Store Protocol at {@code data},
 * SPARQL Update at {@code update} only when allowed (and then only with a password), and the
 * query page at {@code /}. No Fuseki admin module is loaded, so no dataset can be created,
 * deleted or backed up over HTTP.
 *
 * <pre>{@code
 * try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(3030))) { server.join(); }
 * }</pre>
 */
public final class PaperServer implements AutoCloseable {
    public static final String DATASET = "/papers";
    private static final String REALM = "paperkg";
    private final FusekiServer fuseki;
    private final FolderWatcher watcher;
    private final String host;
    /** Where the server leaves its {@link ServerMarker}; null for an in-memory store. */
    private final Path storeDir;

    private PaperServer(FusekiServer fuseki, FolderWatcher watcher, String host, Path storeDir) {
        this.fuseki = fuseki;
        this.watcher = watcher;
        this.host = host;
        this.storeDir = storeDir;
    }

    public static PaperServer start(Paperkg kg, ServeOptions options) {
        DatasetGraph dsg = kg.store().dataset().asDatasetGraph();
        // the default graph is the union of all page graphs; queries get a time limit; SERVICE
        // (on by default in ARQ) is off unless asked for, so the endpoint cannot be made to
        // fetch from other hosts
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, options.allowService());

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get");
        if (options.allowUpdate()) service.addEndpoint(Operation.Update, "update", Auth.ANY_USER);

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add(DATASET, service)
                .enableCors(options.cors())
                .enablePing(true)
                .enableStats(false)
                .addFilter("/*", new QueryGuardFilter(options.limits().maxQueryBytes()))
                .addFilter("/*", new BrowsePages(kg))
                .addFilter("/*", new QueryPageFilter(kg));
        if (options.passwordFile() != null) {
            UserStore users = users(options.passwordFile());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
            if (options.allowUpdate()) builder.addFilter("/*", new PageWriteFilter(kg, users));
        }
        FusekiServer fuseki = builder.build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(options.host());
        }
        // outermost first: headers, Host and login checks; then the bound on requests at once;
        // then the body size limit; then Fuseki
        Server jetty = fuseki.getJettyServer();
        Handler fusekiHandler = jetty.getHandler();
        // a request body is a query and bounded as one, except a page written through the server
        // (PageWriteFilter bounds that by the page size limit)
        SizeLimitHandler queries = new SizeLimitHandler(options.limits().maxQueryBytes(), -1);
        queries.setHandler(fusekiHandler);
        Handler sized = new Handler.Wrapper(queries) {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) throws Exception {
                if (request.getHttpURI().getPath().startsWith(PageWriteFilter.PATH)) return fusekiHandler.handle(request, response, callback);
                return super.handle(request, response, callback);
            }
        };
        jetty.setHandler(new RequestGuard(new BusyHandler(sized, options.limits()), hostNames(options), anyHost(options)));
        fuseki.start();
        FolderWatcher watcher = options.watchFolder() == null ? null : FolderWatcher.start(kg, options.watchFolder());
        PaperServer server = new PaperServer(fuseki, watcher, options.host(), kg.store().directory());
        if (server.storeDir != null) {
            ServerMarker.write(server.storeDir, server.url(), options.allowUpdate(), options.watchFolder(), options.passwordFile());
        }
        return server;
    }

    /** The names a request's Host header may give: the address listened on, its loopback names, and the allowed ones. */
    static java.util.Set<String> hostNames(ServeOptions options) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        String host = options.host().toLowerCase(java.util.Locale.ROOT);
        names.add(host);
        names.add(host.contains(":") ? "[" + host + "]" : host);
        if (isLoopback(host)) names.addAll(java.util.List.of("localhost", "127.0.0.1", "[::1]", "::1"));
        for (String h : options.limits().allowedHosts()) names.add(h.strip().toLowerCase(java.util.Locale.ROOT));
        return names;
    }

    /** Listening on every interface with no names given: the names it will be reached by are not known. */
    static boolean anyHost(ServeOptions options) {
        return (options.host().equals("0.0.0.0") || options.host().equals("::")) && options.limits().allowedHosts().isEmpty();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * The users of the password file, read once. Fuseki's own passwordFile() watches the file with
     * a Jetty scanner thread that outlives the server; a restart picks up a changed file.
     */
    private static UserStore users(Path passwordFile) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(passwordFile.toAbsolutePath()));
        users.setHotReload(false);
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return users;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The home page's address. */
    public String url() {
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** The SPARQL query page's address. */
    public String queryPageUrl() {
        return url() + "query";
    }

    public String sparqlEndpoint() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        fuseki.stop();
        if (storeDir != null) ServerMarker.remove(storeDir);
    }
}
