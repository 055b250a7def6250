package org.paperkg.query;

import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of a store's graphs and
 * writes the answer in the chosen format.
 */
public final class QueryRunner {
    public enum Format {
        TABLE, CSV, TSV, JSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "': use table, csv, tsv or json");
            }
        }
    }

    private QueryRunner() {
    }

    /** Parses a query, naming where the syntax is wrong. */
    public static Query parse(String sparql, String origin) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code query} with {@code params} bound; call inside a read transaction. */
    public static void run(DatasetGraph dsg, Query query, Map<String, Node> params, Format format,
                           PrefixMapping prefixes, OutputStream out) {
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true);
        params.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                writeRows(ResultSet.adapt(exec.select()), format, prefixes, out);
            } else if (query.isAskType()) {
                writeBoolean(exec.ask(), format, out);
            } else if (query.isConstructType() || query.isDescribeType()) {
                Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                g.getPrefixMapping().setNsPrefixes(prefixes);
                RDFWriter.source(g).format(format == Format.JSON ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY).output(out);
            } else {
                throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
            }
        }
    }

    private static void writeRows(ResultSet rows, Format format, PrefixMapping prefixes, OutputStream out) {
        switch (format) {
            case TABLE -> {
                ResultSetFormatter.out(out, rows, new Prologue(prefixes));
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
        }
    }

    private static void writeBoolean(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case TABLE -> {
                PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                p.println(answer ? "yes" : "no");
                p.flush();
            }
        }
    }

}
