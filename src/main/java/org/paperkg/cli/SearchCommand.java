package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.paperkg.Paperkg;
import org.paperkg.browse.Search;
import org.paperkg.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of titles, abstracts, names and labels, best match first, with the matching words "
                + "in [brackets].", "Words, \"a phrase\", prefix*, and field:word with a field of title, abstract, name, label."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "WORDS", description = "what to look for (Lucene query syntax)")
    String query;

    @Option(names = "--limit", defaultValue = "10", description = "at most this many things (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "a JSON array instead of lines")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("paperkg: --limit must be at least 1");
            return 2;
        }
        try (Paperkg kg = storeOptions.openForReading(err)) {
            List<Search.Found> found;
            try {
                found = Search.run(kg, query, limit);
            } catch (SearchIndex.BadQuery e) {
                err.println("paperkg: " + e.getMessage());
                return 2;
            }
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode list = mapper.createArrayNode();
                for (Search.Found f : found) {
                    list.addObject().put("iri", f.iri().getURI()).put("kind", f.kind()).put("label", f.label())
                            .put("field", f.field()).put("snippet", f.bracketed()).put("score", f.score());
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
            } else {
                int rank = 1;
                for (Search.Found f : found) {
                    out.printf("%d. %s (%s)%n   %s%n   %s: %s%n", rank++, f.label(), f.kind(), f.iri().getURI(), f.field(), f.bracketed());
                }
                if (found.isEmpty()) out.println("nothing matches " + query);
            }
            out.flush();
            return 0;
        }
    }
}
