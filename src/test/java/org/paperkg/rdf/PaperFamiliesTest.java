package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pkg:usesDatasetFamily} and {@code pkg:aboutConceptFamily} are the paper's plain edges
 * followed by {@code pkg:broaderOrSelf}, written with the paper and again when the vocabulary changes.
 */
class PaperFamiliesTest {
    private static final String PAPER = "https://w3id.org/paperkg/id/paper/";
    private static final String DATASET = "https://w3id.org/paperkg/dataset/";

    @Test
    void aPaperIsInTheFamilyOfEveryDatasetAndConceptItNamesAndOfWhatTheyAreVersionsOf() {
        try (Paperkg kg = Examples.ingestedInMemory(Examples.pages())) {
            kg.store().read(dsg -> {
                assertEquals(closure(dsg, "usesDataset"), edges(dsg, "usesDatasetFamily"));
                assertEquals(closure(dsg, "aboutConcept"), edges(dsg, "aboutConceptFamily"));
                // ImageNet-1K and ImageNet-200 are versions of ImageNet: the paper that names them is in both families
                Set<String> families = objects(dsg, Vocab.usesDatasetFamily);
                assertTrue(families.contains(DATASET + "imagenet") && families.contains(DATASET + "imagenet-1k"), families.toString());
                return null;
            });
        }
    }

    @Test
    void aStoreWhoseVocabularyChangedHasItsFamiliesWrittenAgainWhenOpened(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Set<String> before;
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            kg.ingest(Examples.pages(), Paperkg.IngestListener.SILENT);
            before = kg.store().read(dsg -> edges(dsg, "usesDatasetFamily"));
            // a store made by a paperkg whose vocabulary had no family edges yet: its graph has none
            // and its vocabulary graph another checksum
            DatasetGraph dsg = kg.store().dataset().asDatasetGraph();
            Node vocabulary = new IriScheme(IriScheme.DEFAULT_BASE).vocabularyGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(Node.ANY, Node.ANY, Vocab.usesDatasetFamily, Node.ANY);
                dsg.deleteAny(Node.ANY, Node.ANY, Vocab.aboutConceptFamily, Node.ANY);
                dsg.deleteAny(vocabulary, vocabulary, Vocab.sha256, Node.ANY);
                dsg.add(vocabulary, vocabulary, Vocab.sha256, Literals.string("an earlier vocabulary"));
            });
            assertEquals(Set.of(), kg.store().read(d -> edges(d, "usesDatasetFamily")));
        }
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            kg.store().read(dsg -> {
                assertEquals(before, edges(dsg, "usesDatasetFamily"));
                assertEquals(closure(dsg, "aboutConcept"), edges(dsg, "aboutConceptFamily"));
                return null;
            });
        }
    }

    /** paper → entry for every {@code paper pkg:<plain> ?x . ?x pkg:broaderOrSelf entry}, by SPARQL. */
    private static Set<String> closure(DatasetGraph dsg, String plain) {
        return pairs(dsg, "SELECT DISTINCT ?p ?e { ?p pkg:" + plain + " ?x . ?x pkg:broaderOrSelf ?e }");
    }

    private static Set<String> edges(DatasetGraph dsg, String family) {
        return pairs(dsg, "SELECT DISTINCT ?p ?e { ?p pkg:" + family + " ?e }");
    }

    private static Set<String> objects(DatasetGraph dsg, Node family) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, family, Node.ANY).forEachRemaining((Quad q) -> out.add(q.getObject().getURI()));
        return out;
    }

    private static Set<String> pairs(DatasetGraph dsg, String select) {
        Set<String> out = new TreeSet<>();
        String q = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> " + select;
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(q)).set(TDB2.symUnionDefaultGraph, true).build()) {
            exec.select().forEachRemaining(b -> {
                String paper = b.get("p").getURI();
                assertTrue(paper.startsWith(PAPER), paper);
                out.add(paper.substring(PAPER.length()) + " " + b.get("e").getURI());
            });
        }
        return out;
    }
}
