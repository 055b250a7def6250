package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConceptExtractorTest {
    private static ConceptExtractor extractor;

    @BeforeAll
    static void build() {
        extractor = new ConceptExtractor(ConceptTaxonomy.load());
    }

    private static List<String> names(String text) {
        return extractor.extract(AnalyzedText.of(text)).stream().map(Mention::name).toList();
    }

    @Test
    void pluralsAndAcronymsHitAndTheLongestLabelWins() {
        assertEquals(List.of("graph neural network", "graph neural network"),
                names("We study graph neural networks (GNNs) on molecules."));
        assertEquals(List.of("large language model"), names("Large language models are few-shot learners"));
    }

    @Test
    void graphNeuralDiffusionIsNotADiffusionGenerativeModel() {
        assertEquals(List.of(), names("We propose graph diffusion models for heat transfer."));
        assertEquals(List.of("diffusion model"), names("Diffusion models generate images."));
    }

    @Test
    void offsetsPointAtTheSurface() {
        String text = "Score-based generative models and consistency models both sample images.";
        for (Mention m : extractor.extract(AnalyzedText.of(text))) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals(List.of("score-based generative model", "consistency model"), names(text));
    }
}
