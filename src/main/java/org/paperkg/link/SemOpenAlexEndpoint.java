package org.paperkg.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SemOpenAlex through its SPARQL endpoint (https://semopenalex.org/sparql by default): titles as
 * exact literals, DOIs as bare lower-case DOIs and as doi.org IRIs written as strings; 20 values
 * per request. Abstracts are not searched live (that would scan every abstract of the service),
 * so papers no page gave a title are found only in dump mode.
 */
public final class SemOpenAlexEndpoint implements ExternalGraph {
    private static final int BATCH = 20;
    private static final String PREFIXES = "PREFIX soa: <" + SemOpenAlex.SOA + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX fabio: <http://purl.org/spar/fabio/>\nPREFIX datacite: <http://purl.org/spar/datacite/>\n"
            + "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n";
    private final SparqlClient client;

    public SemOpenAlexEndpoint(SparqlClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "openalex";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        Map<String, SemOpenAlex.Draft> drafts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        batches(keys.titles(), t -> Sparql.literal(t.strip(), null), "?work dcterms:title ?key .", drafts, names);
        batches(keys.dois(), d -> Sparql.literal(d, null) + " " + Sparql.literal("https://doi.org/" + d, null),
                "?work datacite:doi ?key .", drafts, names);
        return drafts.values().stream().map(d -> d.paper(names)).toList();
    }

    @Override
    public String traffic() {
        return client.requests() + " request(s) sent, " + client.cacheHits() + " answer(s) from the cache";
    }

    private void batches(Set<String> keys, Function<String, String> values, String match, Map<String, SemOpenAlex.Draft> drafts,
                         Map<String, String> names) throws LinkException {
        for (List<String> batch : Sparql.batches(keys, BATCH)) {
            String v = Sparql.terms(batch, values);
            String query = PREFIXES + "SELECT ?work ?title ?abstract ?year ?doi ?authorship ?position ?author ?name WHERE {\n"
                    + "  VALUES ?key {" + v + " }\n  " + match + "\n  ?work a soa:Work ; dcterms:title ?title .\n"
                    + "  OPTIONAL { ?work dcterms:abstract ?abstract }\n  OPTIONAL { ?work fabio:hasPublicationYear ?year }\n"
                    + "  OPTIONAL { ?work datacite:doi ?doi }\n"
                    + "  OPTIONAL { ?work soa:hasAuthorship ?authorship . ?authorship soa:hasAuthor ?author .\n"
                    + "             OPTIONAL { ?authorship soa:position ?position } OPTIONAL { ?author foaf:name ?name } }\n}";
            for (Map<String, String> row : client.select(query)) {
                SemOpenAlex.Draft d = drafts.computeIfAbsent(row.get("work"), SemOpenAlex.Draft::new);
                d.work = true;
                d.title = row.get("title");
                if (row.get("abstract") != null) d.abstractText(row.get("abstract"));
                if (row.get("year") != null) d.year = Dblp.year(row.get("year"));
                if (row.get("doi") != null) d.doi = SemOpenAlex.doi(row.get("doi"));
                if (row.get("authorship") == null) continue;
                SemOpenAlex.Authorship a = d.authorships.computeIfAbsent(row.get("authorship"), k -> new SemOpenAlex.Authorship());
                a.author = row.get("author");
                if (row.get("position") != null) a.position = SemOpenAlex.position(row.get("position"));
                if (row.get("name") != null) names.put(row.get("author"), row.get("name"));
            }
        }
    }
}
