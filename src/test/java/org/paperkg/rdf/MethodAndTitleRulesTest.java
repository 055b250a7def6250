package org.paperkg.rdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Method identity (README "Methods: proposed and used") and the best-formed title rule. */
class MethodAndTitleRulesTest {
    private static final String PAGE = """
            title,abstract
            "Tokenizing Proteins","We tokenize sequences with byte pair encoding (BPE) and align the embeddings with optimal transport (OT)."
            "Calibrated Ensembles","We propose Batch Permutation and Ensembling (BPE), a method that calibrates deep ensembles cheaply."
            "Cheaper Ensembles","We introduce Batch Permutation and Ensembling (BPE), a way to train ensembles at the cost of one model."
            "Distilling Students","We propose FooNet, a student model trained by knowledge distillation (KD) from a stochastic differential equation (SDE) teacher."
            "Another FooNet","We present FooNet, a new detector for small objects."
            """;

    @Test
    void wellKnownAcronymsDefinedInAnAbstractAreUsedNotProposed() {
        List<String> found = new ArrayList<>();
        for (Mention m : TextExtraction.standard().extract(
                "We align the two distributions with optimal transport (OT), distil the model with knowledge distillation (KD) "
                        + "and sample with a latent diffusion model (LDM).")) {
            if (m.kind() == Mention.Kind.PROPOSED || m.kind() == Mention.Kind.METHOD) found.add(m.kind() + " " + m.name() + " " + m.key());
        }
        assertEquals(List.of("METHOD KD https://w3id.org/paperkg/method/kd", "METHOD LDM https://w3id.org/paperkg/method/ldm",
                "METHOD OT https://w3id.org/paperkg/method/ot"), found.stream().sorted().toList());
    }

    @Test
    void aNameGivenTwoMeaningsIsTwoMethodsAndOneMeaningIsOne(@TempDir Path tmp) throws IOException {
        Path page = Files.writeString(tmp.resolve("methods.csv"), PAGE);
        try (Paperkg kg = Examples.ingestedInMemory(List.of(page))) {
            List<String> rows = new ArrayList<>();
            GraphView.each(kg, """
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?t ?edge ?m { ?p dcterms:title ?t ; ?edge ?m . FILTER (?edge IN (pkg:proposes, pkg:usesMethod)) } ORDER BY ?t ?edge ?m""",
                    r -> rows.add(r.get("t") + " " + r.get("edge").substring(r.get("edge").indexOf('#') + 1) + " "
                            + r.get("m").replace(IriScheme.DEFAULT_BASE, "").replace("https://w3id.org/paperkg/", "")));
            assertEquals(List.of(
                    "Another FooNet proposes paper/another-foonet/method/foonet",
                    "Calibrated Ensembles proposes method/bpe-batch-permutation-and-ensembling",
                    "Cheaper Ensembles proposes method/bpe-batch-permutation-and-ensembling",
                    "Distilling Students proposes paper/distilling-students/method/foonet",
                    "Distilling Students usesMethod method/kd",
                    "Distilling Students usesMethod method/sde",
                    "Tokenizing Proteins usesMethod method/bpe",
                    "Tokenizing Proteins usesMethod method/ot"), rows);
            assertTrue(kg.validate().conforms());
        }
    }

    @Test
    void theBestFormedTitleWinsWhateverThePageOrder(@TempDir Path tmp) throws IOException {
        String abs = "We present a framework for the systematic validation of uncertainty estimation methods in semantic segmentation.";
        Path a = Files.writeString(tmp.resolve("a.csv"), "title,abstract,arxiv\n\"ValUES_ A Framework for Systematic Validation of "
                + "Uncertainty Estimation in Semantic Segmentation\",\"" + abs + "\",2401.08501\n");
        Path b = Files.writeString(tmp.resolve("b.csv"), "title,abstract,arxiv\n\"VALUES: A FRAMEWORK FOR SYSTEMATIC VALIDATION OF "
                + "UNCERTAINTY ESTIMATION IN SEMANTIC SEGMENTATION\",\"" + abs + "\",2401.08501\n");
        Path c = Files.writeString(tmp.resolve("c.csv"), "title,abstract,arxiv\n\"ValUES: A Framework for Systematic Validation of "
                + "Uncertainty Estimation in Semantic Segmentation\",\"" + abs + "\",2401.08501\n");
        Path d = Files.writeString(tmp.resolve("d.csv"), "title,abstract,arxiv\n\"ValUES: A Framework for Systematic Validation of "
                + "Uncertainty Estimation in…\",\"" + abs + "\",2401.08501\n");
        for (List<Path> order : List.of(List.of(a, b, c, d), List.of(d, c, b, a), List.of(b, d, a, c))) {
            try (Paperkg kg = Examples.ingestedInMemory(order)) {
                List<String> titles = new ArrayList<>();
                GraphView.each(kg, "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t { ?p a pkg:Paper ; dcterms:title ?t }",
                        r -> titles.add(r.get("t")));
                assertEquals(List.of("ValUES: A Framework for Systematic Validation of Uncertainty Estimation in Semantic Segmentation"),
                        titles, "order " + order);
            }
        }
    }
}
