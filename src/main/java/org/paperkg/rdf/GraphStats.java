package org.paperkg.rdf;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of what the graph holds, by kind, over the union of all pages. */
public final class GraphStats {
    private static final Map<String, String> COUNTS = countQueries();

    private GraphStats() {
    }

    /** Counts in a fixed order: papers, persons, names as given, authorships, sessions, presentations, awards, … */
    public static Map<String, Long> count(DatasetGraph dsg) {
        Map<String, Long> out = new LinkedHashMap<>();
        COUNTS.forEach((key, where) -> out.put(key, countOf(dsg, where)));
        return out;
    }

    /** The stored pages: file name, format, paper count, when read; by file name. */
    public static List<List<String>> pages(DatasetGraph dsg) {
        Query q = QueryFactory.create("PREFIX pkg: <" + Vocab.NS + ">\nPREFIX prov: <" + Vocab.PROV + ">\n"
                + "SELECT ?f ?fmt ?n ?t { GRAPH ?g { ?page a pkg:SourcePage ; pkg:fileName ?f ; pkg:format ?fmt ;"
                + " pkg:paperCount ?n ; prov:generatedAtTime ?t } } ORDER BY ?f");
        List<List<String>> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            exec.select().forEachRemaining(b -> rows.add(List.of(b.get("f").getLiteralLexicalForm(),
                    b.get("fmt").getLiteralLexicalForm(), b.get("n").getLiteralLexicalForm(), b.get("t").getLiteralLexicalForm())));
        }
        return rows;
    }

    private static long countOf(DatasetGraph dsg, String pattern) {
        Query q = QueryFactory.create("PREFIX pkg: <" + Vocab.NS + ">\nSELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }");
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
            RowSet rows = exec.select();
            Binding b = rows.next();
            return Long.parseLong(b.get("n").getLiteralLexicalForm());
        }
    }

    private static Map<String, String> countQueries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("papers", "SELECT DISTINCT ?x { ?x a pkg:Paper }");
        m.put("titledPapers", "SELECT DISTINCT ?x { ?x a pkg:Paper ; <http://purl.org/dc/terms/title> [] }");
        m.put("persons", "SELECT DISTINCT ?x { ?x a pkg:Person }");
        m.put("names", "SELECT DISTINCT ?x { ?a a pkg:ListedAuthor ; pkg:nameAsGiven ?x }");
        m.put("uncertainPersons", "SELECT DISTINCT ?x { ?x a pkg:Person ; pkg:identityUncertain true }");
        m.put("authorships", "SELECT DISTINCT ?x { ?x a pkg:Authorship }");
        m.put("sessions", "SELECT DISTINCT ?x { ?x a pkg:Session }");
        m.put("presentations", "SELECT DISTINCT ?x { ?x a pkg:Presentation }");
        m.put("awards", "SELECT DISTINCT ?p ?a { ?p pkg:receivedAward ?a }");
        m.put("awardKinds", "SELECT DISTINCT ?x { ?x a pkg:Award }");
        m.put("conferences", "SELECT DISTINCT ?x { ?x a pkg:Conference }");
        m.put("sources", "SELECT DISTINCT ?x { ?x a pkg:SourcePage }");
        m.put("listings", "SELECT DISTINCT ?x { ?x a pkg:Listing }");
        m.put("datasetsUsed", "SELECT DISTINCT ?x { ?p pkg:usesDataset ?x }");
        m.put("catalogueDatasets", "SELECT DISTINCT ?x { ?x a pkg:Dataset FILTER NOT EXISTS { ?x pkg:discovered true } }");
        m.put("discoveredDatasets", "SELECT DISTINCT ?x { ?x a pkg:Dataset ; pkg:discovered true }");
        m.put("methods", "SELECT DISTINCT ?x { ?x a pkg:Method }");
        m.put("conceptsUsed", "SELECT DISTINCT ?x { ?p pkg:aboutConcept ?x }");
        m.put("mentions", "SELECT DISTINCT ?x { ?x a pkg:Mention }");
        m.put("graphs", "SELECT DISTINCT ?g { GRAPH ?g { } }");
        m.put("triples", "?s ?p ?o");
        m.replaceAll((k, v) -> v.startsWith("SELECT") ? "{ " + v + " }" : v);
        return m;
    }
}
