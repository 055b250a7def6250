package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetDiscoveryTest {
    private final DatasetDiscovery discovery = new DatasetDiscovery(Set.of("imagenet"));

    private List<String> names(String text) {
        return discovery.extract(AnalyzedText.of(text)).stream().map(Mention::name).toList();
    }

    @Test
    void namesIntroducedAsDatasetsAreDiscoveredWithLowerConfidence() {
        assertEquals(List.of("BirdSnap-Pro"), names("We collect a new benchmark called BirdSnap-Pro with 3M images."));
        assertEquals(List.of("OrbitQA"), names("We introduce OrbitQA, a large-scale benchmark for orbital reasoning."));
        assertEquals(List.of("ScienceWorld", "AlfredPlus"), names("We evaluate on ScienceWorld and AlfredPlus datasets."));
        Mention m = discovery.extract(AnalyzedText.of("Results on the MegaDepth dataset improve.")).get(0);
        assertEquals("MegaDepth", m.surface());
        assertTrue(m.confidence() < 0.8 && m.discovered());
    }

    @Test
    void genericPhrasesAndCatalogueNamesAreNotDiscovered() {
        assertEquals(List.of(), names("Accuracy on the test set and on real-world datasets improves."));
        assertEquals(List.of(), names("We report results on the ImageNet dataset."));
        assertEquals(List.of(), names("The proposed dataset and several benchmarks are public."));
    }
}
