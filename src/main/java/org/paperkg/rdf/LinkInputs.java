package org.paperkg.rdf;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.paperkg.link.LocalEntity;
import org.paperkg.link.LocalPaper;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Reads the papers of the graph as linking needs them: chosen title, authors in order, years, DOI, dblp key. */
public final class LinkInputs {
    private static final String PREFIXES = "PREFIX pkg: <" + Vocab.NS + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";

    private LinkInputs() {
    }

    /** What linking needs of the store, read in one transaction so all of it is of one state. */
    public record Local(List<LocalPaper> papers, List<LocalEntity> datasets, List<LocalEntity> concepts) {
    }

    public static Local read(DatasetGraph dsg) {
        return new Local(papers(dsg), datasets(dsg), concepts(dsg));
    }

    static List<LocalPaper> papers(DatasetGraph dsg) {
        Map<String, Draft> drafts = new TreeMap<>();
        each(dsg, "SELECT ?p ?t ?a ?doi ?arxiv ?key { ?l pkg:listingOf ?p OPTIONAL { ?p dcterms:title ?t } "
                + "OPTIONAL { ?p dcterms:abstract ?a } OPTIONAL { ?p pkg:doi ?doi } OPTIONAL { ?p pkg:arxivId ?arxiv } "
                + "OPTIONAL { ?p pkg:dblpKey ?key } }", b -> {
            Draft d = drafts.computeIfAbsent(b.get("p").getURI(), k -> new Draft());
            if (b.get("t") != null) d.title = b.get("t").getLiteralLexicalForm();
            if (b.get("doi") != null) d.doi = b.get("doi").getLiteralLexicalForm();
            if (b.get("arxiv") != null) d.arxiv = b.get("arxiv").getLiteralLexicalForm();
            if (b.get("a") != null) d.abstractFingerprint = Abstracts.fingerprint(b.get("a").getLiteralLexicalForm());
            if (b.get("key") != null) d.dblpKey = b.get("key").getLiteralLexicalForm();
        });
        each(dsg, "SELECT ?p ?pos ?person ?name { ?p pkg:authorship ?a . ?a pkg:position ?pos ; pkg:author ?person ; "
                + "pkg:nameAsGiven ?name } ORDER BY ?p ?pos ?person ?name", b -> {
            Draft d = drafts.get(b.get("p").getURI());
            int pos = Integer.parseInt(b.get("pos").getLiteralLexicalForm());
            if (d != null) d.authors.putIfAbsent(pos, new LocalPaper.Author(pos, b.get("person").getURI(),
                    b.get("name").getLiteralLexicalForm()));
        });
        each(dsg, "SELECT ?p ?y { { ?p dcterms:issued ?y } UNION { ?l pkg:listingOf ?p ; pkg:onPage/pkg:aboutConference/pkg:year ?y } }",
                b -> {
                    Draft d = drafts.get(b.get("p").getURI());
                    String y = b.get("y").getLiteralLexicalForm();
                    if (d != null && y.matches("\\d{4}")) d.years.add(Integer.valueOf(y));
                });
        each(dsg, "SELECT DISTINCT ?p ?c { { ?l pkg:listingOf ?p ; pkg:onPage/pkg:aboutConference ?c } "
                + "UNION { ?p pkg:presentedIn/pkg:partOf ?c } }", b -> {
            Draft d = drafts.get(b.get("p").getURI());
            if (d != null) d.conferences.add(b.get("c").getURI());
        });
        each(dsg, "SELECT DISTINCT ?p ?c { ?p pkg:aboutConcept ?c }", b -> {
            Draft d = drafts.get(b.get("p").getURI());
            if (d != null) d.concepts.add(b.get("c").getURI());
        });
        List<LocalPaper> out = new ArrayList<>();
        drafts.forEach((iri, d) -> {
            // authors only as far as positions run without a gap, so position i is the i-th author
            List<LocalPaper.Author> authors = new ArrayList<>();
            for (int pos = 1; d.authors.containsKey(pos); pos++) authors.add(d.authors.get(pos));
            out.add(new LocalPaper(iri, d.title, authors, List.copyOf(d.years), d.doi, d.arxiv, d.dblpKey, d.abstractFingerprint,
                    List.copyOf(d.conferences), List.copyOf(d.concepts)));
        });
        return out;
    }

    /** The catalogue's datasets (not the ones discovery minted), with their labels. */
    static List<LocalEntity> datasets(DatasetGraph dsg) {
        return labelled(dsg, "?d a pkg:Dataset");
    }

    /** The taxonomy's concepts, with their labels. */
    static List<LocalEntity> concepts(DatasetGraph dsg) {
        return labelled(dsg, "?d skos:inScheme pkg:ConceptTaxonomy");
    }

    private static List<LocalEntity> labelled(DatasetGraph dsg, String which) {
        Map<String, String> label = new TreeMap<>();
        Map<String, List<String>> aliases = new TreeMap<>();
        each(dsg, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?d ?pref ?alt { " + which + " ; skos:prefLabel ?pref OPTIONAL { ?d skos:altLabel ?alt } } ORDER BY ?d ?alt", b -> {
            String iri = b.get("d").getURI();
            label.put(iri, b.get("pref").getLiteralLexicalForm());
            List<String> list = aliases.computeIfAbsent(iri, k -> new ArrayList<>());
            if (b.get("alt") != null) list.add(b.get("alt").getLiteralLexicalForm());
        });
        List<LocalEntity> out = new ArrayList<>();
        label.forEach((iri, pref) -> out.add(new LocalEntity(iri, pref, aliases.get(iri))));
        return out;
    }

    private static void each(DatasetGraph dsg, String select, Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(PREFIXES + select))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            exec.select().forEachRemaining(row);
        }
    }

    private static final class Draft {
        String title;
        String doi;
        String arxiv;
        String dblpKey;
        String abstractFingerprint;
        final Map<Integer, LocalPaper.Author> authors = new TreeMap<>();
        final TreeSet<Integer> years = new TreeSet<>();
        final TreeSet<String> conferences = new TreeSet<>();
        final TreeSet<String> concepts = new TreeSet<>();
    }
}
