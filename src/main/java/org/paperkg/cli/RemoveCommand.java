package org.paperkg.cli;

import org.paperkg.Paperkg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Takes one page's contribution out of the store; what other pages also say stays."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PAGE", description = "the page's file name (or path), or its IRI")
    String page;

    @picocli.CommandLine.Mixin
    IntoOptions into;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.util.Optional<ServerPages> server = storeOptions.serverPages(Long.MAX_VALUE);
        if (server.isPresent() && into.given()) {
            throw new Main.UsageError("the store is held by a running server; --into writes beside the local store, so stop the server first");
        }
        boolean removed;
        java.util.Optional<org.paperkg.remote.RemoteReplica> replica = java.util.Optional.empty();
        if (server.isPresent()) {
            removed = server.get().remove(page);
        } else {
            java.util.Optional<org.paperkg.remote.RemoteStore> remote = into.connect();
            try (Paperkg kg = storeOptions.open()) {
                replica = IntoOptions.attach(remote, kg);
                replica.ifPresent(kg.store()::follow);
                removed = kg.remove(page);
            }
        }
        if (!removed) {
            spec.commandLine().getErr().println("paperkg remove: no page '" + page + "' is stored");
            return 1;
        }
        spec.commandLine().getOut().println("removed " + page + (server.isPresent() ? " (through the running server)" : ""));
        return IntoOptions.report(replica, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
