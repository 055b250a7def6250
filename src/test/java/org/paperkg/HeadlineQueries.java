package org.paperkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.StoredQueries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored headline query (labels by {@code pkg:searchKey}, families by {@code pkg:broaderOrSelf})
 * against the query as first written (a filter over every label, {@code skos:broader*}), kept in
 * the test resources: the same rows for the datasets and concepts a store uses most.
 */
public final class HeadlineQueries {
    private static final String STORED = "papers-using-dataset-and-concept";

    private HeadlineQueries() {
    }

    /** @return how many of the pairs asked had at least one paper */
    public static int assertSameAnswersAsByPath(Paperkg kg, int datasets, int concepts) {
        String byPath = resource("queries/papers-using-dataset-and-concept-by-path.rq");
        String indexed = StoredQueries.load(STORED).orElseThrow().text();
        List<String> datasetLabels = mostUsed(kg, "usesDataset", datasets);
        List<String> conceptLabels = mostUsed(kg, "aboutConcept", concepts);
        assertTrue(datasetLabels.size() == datasets && conceptLabels.size() == concepts, datasetLabels + " " + conceptLabels);
        int answered = 0;
        for (String d : datasetLabels) {
            for (String c : conceptLabels) {
                // the labels in other case too: any case is asked for
                for (String[] asked : List.of(new String[] {d, c}, new String[] {d.toUpperCase(), c.toLowerCase()})) {
                    String expected = answer(kg, byPath, asked[0], asked[1]);
                    assertEquals(expected, answer(kg, indexed, asked[0], asked[1]), "dataset " + asked[0] + ", concept " + asked[1]);
                    if (!expected.isEmpty()) answered++;
                }
            }
        }
        return answered;
    }

    /** The preferred labels of the {@code n} entries most papers point to with {@code property}. */
    private static List<String> mostUsed(Paperkg kg, String property, int n) {
        String q = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?label (COUNT(DISTINCT ?p) AS ?n) { ?p pkg:" + property + " ?x . ?x skos:prefLabel ?label } "
                + "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT " + n;
        return kg.store().read(dsg -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(q)).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                exec.select().forEachRemaining(b -> out.add(b.get("label").getLiteralLexicalForm()));
            }
            return out;
        });
    }

    /**
     * The rows, each as its title and its two evidence fields' sentences sorted: GROUP_CONCAT joins
     * in whatever order the join produced them, which SPARQL leaves open.
     */
    private static String answer(Paperkg kg, String query, String dataset, String concept) {
        Map<String, Node> params = Map.of("dataset", NodeFactory.createLiteralString(dataset), "concept", NodeFactory.createLiteralString(concept));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.query(QueryRunner.parse(query, "headline"), params, QueryRunner.Format.JSON, out);
        List<String> rows = new ArrayList<>();
        try {
            for (JsonNode b : new ObjectMapper().readTree(out.toByteArray()).at("/results/bindings")) {
                rows.add(b.at("/title/value").asText() + "\n  " + sorted(b.at("/datasetEvidence/value").asText())
                        + "\n  " + sorted(b.at("/conceptEvidence/value").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(null);
        return String.join("\n", rows);
    }

    private static List<String> sorted(String evidence) {
        return Arrays.stream(evidence.split(" \\| ")).sorted().toList();
    }

    private static String resource(String name) {
        try (InputStream in = HeadlineQueries.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
