package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProposedNameExtractorTest {
    private final ProposedNameExtractor extractor = new ProposedNameExtractor(Set.of("imagenet", "transformer"), KnownMethods.load());

    private List<Mention> found(String text) {
        return extractor.extract(AnalyzedText.of(text));
    }

    @Test
    void anAcronymDefinedAfterTheIntroducingVerbGivesItsLongForm() {
        List<Mention> m = found("We propose the Structured State Space sequence model (S4) based on a new parameterization.");
        assertEquals(1, m.size());
        assertEquals("S4", m.get(0).name());
        assertEquals("Structured State Space sequence model", m.get(0).longForm());
    }

    @Test
    void namesIntroducedByThePaperButNotThoseItComparesWith() {
        assertEquals(List.of("DiffStride"), found("This work introduces DiffStride, the first downsampling layer with learnable strides. "
                + "It outperforms ResNet-18 baselines.").stream().map(Mention::name).toList());
        assertEquals(List.of("Binder"), found("We propose Binder, a training-free neural-symbolic framework.").stream().map(Mention::name).toList());
        assertEquals(List.of(), found("We compare with BERT (Devlin et al.) and GPT-2 on ImageNet."));
    }

    @Test
    void aTitleThatOpensWithANameProposesIt() {
        Mention m = found("RevCol: Reversible Column Networks").get(0);
        assertEquals("RevCol", m.name());
        assertNull(m.longForm());
        assertEquals(List.of(), found("Towards Robust Models: A Study"));
    }
}
