package org.paperkg;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graph read back as plain Java values, through SPARQL only, so tests assert what a user
 * querying the graph would see.
 */
public final class GraphView {
    public static final class Paper {
        public String iri;
        public String title;
        public String cleanAbstract;
        public final Set<String> pages = new TreeSet<>();
        public final Set<String> awards = new TreeSet<>();
        public final Set<String> sessions = new TreeSet<>();
        public final Set<String> slots = new TreeSet<>();
        public final Map<Integer, String> authors = new TreeMap<>();
        public final List<String> abstractsAsGiven = new ArrayList<>();

        public List<String> authorList() {
            return List.copyOf(authors.values());
        }
    }

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private GraphView() {
    }

    public static Map<String, Paper> papers(Paperkg kg) {
        Map<String, Paper> papers = new HashMap<>();
        each(kg, "SELECT ?p ?t ?a { ?p a pkg:Paper OPTIONAL { ?p dcterms:title ?t } OPTIONAL { ?p dcterms:abstract ?a } }", r -> {
            Paper p = papers.computeIfAbsent(r.get("p"), k -> new Paper());
            p.iri = r.get("p");
            if (r.get("t") != null) p.title = r.get("t");
            if (r.get("a") != null) p.cleanAbstract = r.get("a");
        });
        each(kg, "SELECT ?p ?f ?raw { ?l pkg:listingOf ?p ; pkg:onPage/pkg:fileName ?f OPTIONAL { ?l pkg:abstractAsGiven ?raw } }", r -> {
            papers.get(r.get("p")).pages.add(r.get("f"));
            if (r.get("raw") != null) papers.get(r.get("p")).abstractsAsGiven.add(r.get("raw"));
        });
        each(kg, "SELECT ?p ?n { ?p pkg:receivedAward/pkg:awardName ?n }", r -> papers.get(r.get("p")).awards.add(r.get("n")));
        each(kg, "SELECT ?p ?s { ?p pkg:presentedIn/rdfs:label ?s }", r -> papers.get(r.get("p")).sessions.add(r.get("s")));
        each(kg, "SELECT ?p ?s { ?t pkg:presents ?p ; pkg:slotAsGiven ?s }", r -> papers.get(r.get("p")).slots.add(r.get("s")));
        each(kg, "SELECT ?p ?pos ?n { ?p pkg:authorship ?a . ?a pkg:position ?pos ; pkg:nameAsGiven ?n }", r -> {
            String previous = papers.get(r.get("p")).authors.put(Integer.valueOf(r.get("pos")), r.get("n"));
            if (previous != null) throw new AssertionError("two authors at position " + r.get("pos") + " of " + r.get("p"));
        });
        return papers;
    }

    /** Runs a SELECT over the union graph, each row as variable → lexical form (or IRI). */
    public static void each(Paperkg kg, String select, java.util.function.Consumer<Map<String, String>> row) {
        kg.store().read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(PREFIXES + select))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> {
                    Map<String, String> m = new HashMap<>();
                    b.vars().forEachRemaining(v -> {
                        var n = b.get(v);
                        m.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    });
                    row.accept(m);
                });
            }
            return null;
        });
    }
}
