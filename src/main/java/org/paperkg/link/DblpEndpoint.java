package org.paperkg.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * dblp through its SPARQL endpoint (https://sparql.dblp.org/sparql by default). Titles are asked
 * in batches as exact literals, each as written and with dblp's closing period; DOIs as written
 * in lower and upper case; titles a page printed in capitals are compared in lower case. The
 * endpoint does the matching, so a title dblp writes with other punctuation or (for a title not
 * in capitals) other case is found only in dump mode.
 */
public final class DblpEndpoint implements ExternalGraph {
    private static final int BATCH = 20;
    private final SparqlClient client;

    public DblpEndpoint(SparqlClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "dblp";
    }

    @Override
    public Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException {
        Map<String, Dblp.Draft> drafts = new LinkedHashMap<>();
        for (List<String> batch : Sparql.batches(keys.titles(), BATCH)) {
            String values = Sparql.terms(batch, t -> literals(variants(t), " "));
            read(client.select(query("VALUES ?title {" + values + " } ?pub dblp:title ?title .")), drafts);
        }
        // a title a page printed in capitals lost its case, so no exact literal can find it:
        // these few are compared in lower case, which makes the endpoint scan its titles
        List<String> shouted = keys.titles().stream()
                .filter(t -> t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)).toList();
        for (List<String> batch : Sparql.batches(shouted, BATCH)) {
            String in = String.join(", ", batch.stream().map(t -> literals(variants(t.toLowerCase(Locale.ROOT)), ", ")).toList());
            read(client.select(query("?pub dblp:title ?title . FILTER (LCASE(STR(?title)) IN (" + in + "))")), drafts);
        }
        for (List<String> batch : Sparql.batches(keys.dois(), BATCH)) {
            String values = Sparql.terms(batch, d -> String.join(" ", new LinkedHashSet<>(List.of(d, d.toUpperCase(Locale.ROOT)))
                    .stream().map(v -> "<https://doi.org/" + v + ">").toList()));
            read(client.select(query("VALUES ?doiIri {" + values + " } ?pub dblp:doi ?doiIri ; dblp:title ?title .")), drafts);
        }
        return drafts.values().stream().map(Dblp.Draft::paper).toList();
    }

    @Override
    public String given(LocalPaper paper) {
        return Dblp.given(paper);
    }

    @Override
    public String traffic() {
        return client.requests() + " request(s) sent, " + client.cacheHits() + " answer(s) from the cache";
    }

    private static String query(String select) {
        return "PREFIX dblp: <" + Dblp.NS + ">\n"
                + "SELECT ?pub ?title ?year ?doi ?informal ?volume ?stream ?sig ?ord ?name ?person WHERE {\n  " + select + "\n"
                + "  OPTIONAL { ?pub dblp:yearOfPublication ?year }\n"
                + "  OPTIONAL { ?pub dblp:doi ?doi }\n"
                + "  OPTIONAL { ?pub a dblp:Informal . BIND(true AS ?informal) }\n"
                + "  OPTIONAL { ?pub dblp:publishedAsPartOf ?volume }\n  OPTIONAL { ?pub dblp:publishedInStream ?stream }\n"
                + "  OPTIONAL { ?pub dblp:hasSignature ?sig . ?sig dblp:signatureOrdinal ?ord ; dblp:signatureDblpName ?name .\n"
                + "             OPTIONAL { ?sig dblp:signatureCreator ?person } }\n}";
    }

    private static void read(List<Map<String, String>> rows, Map<String, Dblp.Draft> drafts) {
        for (Map<String, String> row : rows) {
            Dblp.Draft d = drafts.computeIfAbsent(row.get("pub"), Dblp.Draft::new);
            d.title = row.get("title");
            if (row.get("year") != null) d.year = Dblp.year(row.get("year"));
            if (row.get("doi") != null) d.doi = Dblp.doi(row.get("doi"));
            if (row.get("informal") != null) d.informal = true;
            if (row.get("volume") != null) d.volume = row.get("volume");
            if (row.get("stream") != null) d.stream = row.get("stream");
            if (row.get("sig") != null) {
                Dblp.Signature s = d.signatures.computeIfAbsent(row.get("sig"), k -> new Dblp.Signature());
                s.ordinal = Integer.valueOf(row.get("ord"));
                s.name = row.get("name");
                if (row.get("person") != null) s.person = row.get("person");
            }
        }
    }

    private static String literals(Set<String> values, String separator) {
        return String.join(separator, values.stream().map(v -> Sparql.literal(v, null)).toList());
    }

    /** The title as written, with and without the period dblp closes titles with. */
    private static Set<String> variants(String title) {
        String bare = title.strip().replaceAll("\\.$", "");
        return new LinkedHashSet<>(List.of(title.strip(), bare, bare + "."));
    }

}
