package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL (embedded Fuseki) with a query page at /.",
                "Read-only, loopback only, 30 s per query, no SERVICE and no CORS unless options say otherwise."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptionsMixin serverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServeOptions options = serverOptions.options();
        Paperkg kg = storeOptions.open();
        return serve(kg, options, spec.commandLine().getOut());
    }

    /** Serves until the process is stopped (Ctrl-C); the store is closed on the way out. */
    static int serve(Paperkg kg, ServeOptions options, PrintWriter out) {
        PaperServer server = PaperServer.start(kg, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            kg.close();
        }, "paperkg-stop"));
        long papers = kg.stats().get("papers");
        out.printf("paperkg: serving %d papers%n", papers);
        out.printf("  browse, search:  %s%n", server.url());
        out.printf("  query page:      %s%n", server.queryPageUrl());
        out.printf("  SPARQL endpoint: %s (also /papers/query; graphs at /papers/data)%n", server.sparqlEndpoint());
        if (options.allowUpdate()) out.printf("  SPARQL Update:   %spapers/update (HTTP Basic, users of %s)%n", server.url(), options.passwordFile());
        if (options.watchFolder() != null) out.printf("  watching:        %s (pages dropped there are ingested)%n", options.watchFolder());
        out.println("Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
