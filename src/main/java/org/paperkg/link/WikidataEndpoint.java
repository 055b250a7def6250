package org.paperkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Wikidata through its query service (https://query.wikidata.org/sparql by default): titles as
 * exact English monolingual texts of {@code P1476}, DOIs as written and in Wikidata's upper case,
 * arXiv ids, data set labels and aliases as exact English labels; 20 values per request. Titles
 * and labels Wikidata writes in another case are found only in dump mode (a case-blind search
 * over every title would time out on the public service).
 */
public final class WikidataEndpoint implements ExternalGraph {
    private static final int BATCH = 20;
    private static final String PREFIXES = "PREFIX wd: <" + Wikidata.ENTITY + ">\nPREFIX wdt: <" + Wikidata.WDT + ">\n"
            + "PREFIX p: <" + Wikidata.P + ">\nPREFIX ps: <" + Wikidata.PS + ">\nPREFIX pq: <" + Wikidata.PQ + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private final SparqlClient client;

    public WikidataEndpoint(SparqlClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "wikidata";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        Map<String, Wikidata.Draft> drafts = new LinkedHashMap<>();
        Map<String, String> personLabels = new HashMap<>();
        batches(keys.titles(), t -> Sparql.literal(t.strip(), "en"), "?item wdt:P1476 ?key .", drafts, personLabels);
        batches(keys.dois(), d -> Sparql.literal(d, null) + " " + Sparql.literal(d.toUpperCase(Locale.ROOT), null),
                "?item wdt:P356 ?key .", drafts, personLabels);
        batches(keys.arxivIds(), a -> Sparql.literal(a, null), "?item wdt:P818 ?key .", drafts, personLabels);
        return drafts.values().stream().filter(d -> d.title != null).map(d -> d.paper(personLabels)).toList();
    }

    @Override
    public Collection<ExternalEntity> datasets(LookupKeys keys) throws LinkException {
        return labelled(keys.datasetLabels(), "?item wdt:P31 wd:Q1172284 .");
    }

    @Override
    public Collection<ExternalEntity> concepts(LookupKeys keys) throws LinkException {
        StringBuilder roots = new StringBuilder();
        Wikidata.CONCEPT_ROOTS.stream().sorted().forEach(r -> roots.append(" <").append(r).append('>'));
        return labelled(keys.conceptLabels(), "VALUES ?root {" + roots + " }\n  ?item (wdt:P31|wdt:P279|wdt:P361)+ ?root .");
    }

    /** Items with one of {@code labels} as English label or alias that satisfy {@code which}. */
    private Collection<ExternalEntity> labelled(Set<String> labels, String which) throws LinkException {
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        for (List<String> batch : Sparql.batches(labels, BATCH)) {
            String values = Sparql.terms(batch, l -> Sparql.literal(l, "en"));
            String query = PREFIXES + "SELECT DISTINCT ?item ?label ?alias WHERE {\n  VALUES ?key {" + values + " }\n"
                    + "  { ?item rdfs:label ?key } UNION { ?item skos:altLabel ?key }\n  " + which + "\n"
                    + "  OPTIONAL { ?item rdfs:label ?label FILTER (LANG(?label) = \"en\") }\n"
                    + "  OPTIONAL { ?item skos:altLabel ?alias FILTER (LANG(?alias) = \"en\") }\n}";
            for (Map<String, String> row : client.select(query)) {
                if (row.get("label") != null) label.put(row.get("item"), row.get("label"));
                Set<String> a = aliases.computeIfAbsent(row.get("item"), k -> new LinkedHashSet<>());
                if (row.get("alias") != null) a.add(row.get("alias"));
            }
        }
        List<ExternalEntity> out = new ArrayList<>();
        label.forEach((iri, l) -> out.add(new ExternalEntity(iri, l, List.copyOf(aliases.getOrDefault(iri, Set.of())))));
        return out;
    }

    @Override
    public String traffic() {
        return client.requests() + " request(s) sent, " + client.cacheHits() + " answer(s) from the cache";
    }

    private void batches(Set<String> keys, Function<String, String> values, String match, Map<String, Wikidata.Draft> drafts,
                         Map<String, String> personLabels) throws LinkException {
        for (List<String> batch : Sparql.batches(keys, BATCH)) {
            String v = Sparql.terms(batch, values);
            String query = PREFIXES + "SELECT ?item ?title ?date ?doi ?arxiv ?st ?ord ?person ?personLabel ?name WHERE {\n"
                    + "  VALUES ?key {" + v + " }\n  " + match + "\n  ?item wdt:P31 wd:Q13442814 ; wdt:P1476 ?title .\n"
                    + "  OPTIONAL { ?item wdt:P577 ?date }\n  OPTIONAL { ?item wdt:P356 ?doi }\n  OPTIONAL { ?item wdt:P818 ?arxiv }\n"
                    + "  OPTIONAL {\n    { ?item p:P50 ?st . ?st ps:P50 ?person ; pq:P1545 ?ord .\n"
                    + "      OPTIONAL { ?person rdfs:label ?personLabel FILTER (LANG(?personLabel) = \"en\") } }\n"
                    + "    UNION { ?item p:P2093 ?st . ?st ps:P2093 ?name ; pq:P1545 ?ord }\n  }\n}";
            for (Map<String, String> row : client.select(query)) {
                Wikidata.Draft d = drafts.computeIfAbsent(row.get("item"), Wikidata.Draft::new);
                d.article = true;
                d.title = row.get("title");
                if (Wikidata.year(row.get("date")) != null) d.year = Wikidata.year(row.get("date"));
                if (row.get("doi") != null) d.doi = Wikidata.doi(row.get("doi"));
                if (row.get("arxiv") != null) d.arxiv = row.get("arxiv");
                if (row.get("st") == null) continue;
                Wikidata.Statement st = d.authors.computeIfAbsent(row.get("st"), k -> new Wikidata.Statement());
                st.ordinal = Wikidata.ordinal(row.get("ord"));
                if (row.get("person") != null) st.person = row.get("person");
                if (row.get("name") != null) st.name = row.get("name");
                if (row.get("personLabel") != null) personLabels.put(row.get("person"), row.get("personLabel"));
            }
        }
    }
}
