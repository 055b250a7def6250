package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped tagger inside the dataset extractors, on the kinds of sentence the catalogue alone
 * missed (names it does not list, single words, sentence starts, lists).
 */
class DatasetTaggerExtractorTest {
    private static List<Mention> datasets(String text) {
        return TextExtraction.standard().extractFresh(text).stream().filter(m -> m.kind() == Mention.Kind.DATASET).toList();
    }

    private static List<String> names(String text) {
        return datasets(text).stream().map(Mention::name).toList();
    }

    @Test
    void namesTheCatalogueLacksAreDiscoveredWithTheTaggersConfidence() {
        List<Mention> found = datasets("We collected usage logs from the Appazaar dataset to study app recommendation.");
        assertEquals(1, found.size());
        Mention m = found.get(0);
        assertEquals("Appazaar", m.name());
        assertTrue(m.discovered());
        assertEquals(DatasetTaggerExtractor.NAME, m.extractor());
        assertTrue(m.confidence() >= DatasetTaggerExtractor.THRESHOLD && m.confidence() < 0.95, "confidence " + m.confidence());
    }

    @Test
    void aSentenceStartAndAListAreRead() {
        assertEquals(List.of("PCD"), names("The PCD dataset is made of 200 panoramic image pairs of street scenes."));
        assertEquals(List.of("EgoGesture", "VIVA"),
                names("Experiments on the VIVA and EgoGesture datasets show that our network recognises dynamic hand gestures."));
    }

    @Test
    void aTaggedCatalogueNameIsTheCatalogueNodeAndOnlyOnce() {
        List<Mention> found = datasets("Our results show a significant improvement in accuracy in the miniImagenNet benchmark.");
        assertEquals(1, found.size());
        assertEquals("https://w3id.org/paperkg/dataset/miniimagenet", found.get(0).key(), "one letter away from miniImageNet");
        assertEquals(List.of("ImageNet"), names("We pretrain on the ImageNet dataset."), "catalogue and tagger agree: one mention");
    }

    @Test
    void phrasesKindsAndAliasesAreNotNewDatasets() {
        assertEquals(List.of(), names("We evaluate our optimized network on various public MTL datasets."));
        assertEquals(List.of(), names("Results on the test set and on three real-world datasets improve."));
        assertEquals(List.of("ENAMEL"), names("In this work, we develop ENAMEL (EfficeNcy AutoMatic EvaLuator), a rigorous benchmark for code efficiency."));
        assertEquals(List.of(), names("Benchmarking Fairness For Medical Imaging Datasets And Models"), "a title");
    }

    @Test
    void aTaggedSpanIsCutIntoItsNames() {
        String s = "Also, performance is better in IndBAN and IndDEV dataset than other two datasets.";
        int start = s.indexOf("IndBAN");
        List<String> names = DatasetTaggerExtractor.names(s, start, start + "IndBAN and IndDEV dataset".length()).stream()
                .map(p -> s.substring(p[0], p[1])).toList();
        assertEquals(List.of("IndBAN", "IndDEV"), names);
    }
}
