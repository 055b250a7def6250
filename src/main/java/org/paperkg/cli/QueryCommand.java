package org.paperkg.cli;

import org.apache.jena.query.Query;
import org.paperkg.Paperkg;
import org.paperkg.query.QueryParameters;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.StoredQueries;
import org.paperkg.query.StoredQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over all pages: a file, or the NAME of one in queries/.",
                "Parameters are bound to the query's variables as RDF terms (a plain value is a string; <…> an IRI)."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "NAME|FILE", description = "a .rq file, or a query name from queries/ (without .rq)")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "bind ?KEY to VALUE (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE give Turtle, or JSON-LD with json")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QueryRunner.Format fmt = QueryRunner.Format.parse(format);
        QueryParameters bound = new QueryParameters();
        params.forEach(bound::add);
        Query parsed = QueryRunner.parse(loadText(query), query);
        try (Paperkg kg = storeOptions.openForReading(spec.commandLine().getErr())) {
            // buffered so the answer goes through the command's own writer, which tests capture
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            kg.query(parsed, bound.asMap(), fmt, answer);
            spec.commandLine().getOut().print(answer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** A file path, then a stored query of that name. */
    static String loadText(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        return StoredQueries.load(nameOrFile).map(StoredQuery::text).orElseThrow(() -> new Main.UsageError(
                "no query file '" + nameOrFile + "' and no stored query of that name; stored queries: "
                        + String.join(", ", StoredQueries.all().keySet())));
    }
}
