package org.paperkg.rdf;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Papers with different titles are one paper when they share an identifier, in whatever order
 * their pages come, and come apart again when the page that joined them goes.
 * hf-daily-papers.json and papers.bib share the arXiv id 2401.01234; papers.bib and tinydiff.csv
 * share the dblp key journals/corr/abs-2401-01234; each gives the paper another title.
 */
class IdentifierIdentityTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "formats");
    private static final Path HF = FIXTURES.resolve("hf-daily-papers.json");
    private static final Path BIB = FIXTURES.resolve("papers.bib");
    private static final Path CSV = FIXTURES.resolve("tinydiff.csv");
    private static final String JOINED = IriScheme.DEFAULT_BASE + "paper/tiny-diffusers-distilled-diffusion-models-on-a-budget";

    @Test
    void threeTitlesJoinedThroughTwoIdentifiersAreOnePaperInEveryOrder() {
        Set<Quad> reference = null;
        for (List<Path> order : List.of(List.of(HF, BIB, CSV), List.of(HF, CSV, BIB), List.of(BIB, HF, CSV),
                List.of(BIB, CSV, HF), List.of(CSV, HF, BIB), List.of(CSV, BIB, HF))) {
            try (Paperkg kg = Examples.ingestedInMemory(order)) {
                assertEquals(Set.of("hf-daily-papers.json", "papers.bib", "tinydiff.csv"), pagesOf(kg, JOINED), order.toString());
                assertEquals(Set.of("https://arxiv.org/abs/2401.01234", "https://dblp.org/rec/journals/corr/abs-2401-01234"),
                        links(kg, JOINED));
                assertEquals("Tiny Diffusers: Distilled Diffusion Models on a Small Budget", GraphView.papers(kg).get(JOINED).title,
                        "neither title cut, sanitised, without its LaTeX or in capitals: the longer");
                assertTrue(kg.validate().conforms(), kg.validate().byNode().toString());
                Set<Quad> quads = quads(kg);
                if (reference == null) reference = quads;
                else assertEquals(reference, quads, "order " + order);
            }
        }
    }

    @Test
    void removingThePageThatJoinedThemSplitsThePaperAsIfItHadNeverCome() {
        Set<Quad> withoutBib;
        try (Paperkg kg = Examples.ingestedInMemory(List.of(HF, CSV))) {
            withoutBib = quads(kg);
            assertEquals(Set.of("hf-daily-papers.json"), pagesOf(kg, JOINED));
            assertEquals(Set.of("tinydiff.csv"),
                    pagesOf(kg, IriScheme.DEFAULT_BASE + "paper/tinydiff-few-step-distillation-of-diffusion-models"));
        }
        try (Paperkg kg = Examples.ingestedInMemory(List.of(CSV, BIB, HF))) {
            assertTrue(kg.remove("papers.bib"));
            assertEquals(withoutBib, quads(kg));
            kg.ingest(List.of(BIB), Paperkg.IngestListener.SILENT);
            try (Paperkg fresh = Examples.ingestedInMemory(List.of(HF, BIB, CSV))) {
                assertEquals(quads(fresh), quads(kg), "adding it back joins them again");
            }
        }
    }

    private static Set<String> pagesOf(Paperkg kg, String paper) {
        Set<String> out = new TreeSet<>();
        GraphView.each(kg, "SELECT ?f { ?l pkg:listingOf <" + paper + "> ; pkg:onPage/pkg:fileName ?f }", r -> out.add(r.get("f")));
        return out;
    }

    private static Set<String> links(Paperkg kg, String paper) {
        Set<String> out = new TreeSet<>();
        GraphView.each(kg, "SELECT ?l { <" + paper + "> <https://schema.org/sameAs> ?l }", r -> out.add(r.get("l")));
        return out;
    }

    private static Set<Quad> quads(Paperkg kg) {
        return kg.store().read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                // when a page was read differs between runs; everything else must not
                if (!q.getPredicate().equals(Vocab.generatedAtTime)) out.add(q);
            });
            return out;
        });
    }
}
