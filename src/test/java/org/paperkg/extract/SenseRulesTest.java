package org.paperkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sense rules of {@code ontology/concepts.ttl} on sentences of real abstracts: each sentence
 * is taken from the real file it stands in, and a sentence where the label does mean the concept
 * is checked beside it.
 */
class SenseRulesTest {
    private static final String ATTENTION = "https://w3id.org/paperkg/concept/attention";
    private static final String SCORE_BASED = "https://w3id.org/paperkg/concept/score-based-model";
    private static final String DIFFUSION = "https://w3id.org/paperkg/concept/diffusion-model";
    private static ConceptExtractor extractor;

    @BeforeAll
    static void build() {
        extractor = new ConceptExtractor(ConceptTaxonomy.load());
    }

    @Test
    void garneringAttentionIsNotTheAttentionMechanism() throws IOException {
        String s = sentence(Examples.REAL.resolve("openreview_tables/robot-learning_org_CoRL_2025_Conference.csv"), "garnered significant attention");
        assertFalse(concepts(s).contains(ATTENTION), s);
        assertTrue(concepts("We add an attention mechanism to the recurrent encoder.").contains(ATTENTION));
    }

    @Test
    void scoreFunctionsOutsideGenerativeModellingAreNotScoreBasedDiffusion() throws IOException {
        String ranking = sentence(Examples.page("003_92bbe5dfcc734205.txt"), "multiwinner score functions may require");
        String structure = sentence(Examples.page("003_92bbe5dfcc734205.txt"), "lasso-type score functions");
        String estimators = sentence(Examples.REAL.resolve("openreview_api/iclr2020_blind_submissions_notes.json"), "estimating score functions");
        for (String s : List.of(ranking, structure, estimators)) assertFalse(concepts(s).contains(SCORE_BASED), s);
        String denoising = sentence(Examples.page("003_92bbe5dfcc734205.txt"), "the score function can be stably estimated");
        assertTrue(concepts(denoising).contains(SCORE_BASED), denoising);
    }

    @Test
    void aGeometricDiffusionModelIsNotADiffusionGenerativeModel() throws IOException {
        String s = sentence(Examples.REAL.resolve("openreview_tables/robot-learning_org_CoRL_2024_Conference.csv"), "geometric diffusion model");
        assertFalse(concepts(s).contains(DIFFUSION), s);
        assertTrue(concepts("We train a diffusion model on the design space.").contains(DIFFUSION));
    }

    private static List<String> concepts(String text) {
        return extractor.extract(AnalyzedText.of(text)).stream().map(Mention::key).toList();
    }

    /** The sentence of a real file that holds the phrase, cut at the sentence ends around it. */
    private static String sentence(Path file, String phrase) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase + " is not in " + file);
        Matcher start = Pattern.compile("[.!?]\\s+|[\\t\\n\"]").matcher(text);
        int from = 0;
        while (start.find() && start.end() <= at) from = start.end();
        Matcher end = Pattern.compile("[.!?](\\s|\"|$)|[\\t\\n]").matcher(text);
        int to = end.find(at) ? end.start() + 1 : text.length();
        return text.substring(from, to).strip();
    }
}
