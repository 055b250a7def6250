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

    private List<String> names(String text) {
        return found(text).stream().map(Mention::name).toList();
    }

    /** Sentences of the seed abstracts, each a way papers give a name. */
    @Test
    void theWaysPapersGiveANameOnSeedSentences() {
        assertEquals(List.of("Blurring Diffusion Models"), names("Finally, we propose a generalized class of diffusion models that offers the "
                + "best of both standard Gaussian denoising diffusion and inverse heat dissipation, which we call Blurring Diffusion Models."));
        assertEquals(List.of("DINOSAUR"), names("Our approach, DINOSAUR, significantly out-performs existing object-centric learning models on simulated data."));
        assertEquals(List.of("DYNACL"), names("To resolve this dilemma, we propose a simple remedy named DYNACL (Dynamic Adversarial Contrastive Learning)."));
        assertEquals(List.of("Hierarchical Diffuser"), names("To overcome this, we introduce the Hierarchical Diffuser, a simple, fast, yet surprisingly "
                + "effective planning method combining the advantages of hierarchical and diffusion-based planning."));
        assertEquals(List.of("Neural Sheaf Diffusion"), names("Neural Sheaf Diffusion: A Topological Perspective on Heterophily and Oversmoothing in GNNs"));
    }

    @Test
    void aCapitalisedLongFormBeforeItsAcronymGivesTheAcronym() {
        List<Mention> m = found("A building block called Selective Kernel (SK) unit is designed, in which multiple branches are fused.");
        assertEquals(List.of("SK"), m.stream().map(Mention::name).toList());
        assertEquals("Selective Kernel", m.get(0).longForm());
        List<Mention> fpn = found("This architecture, called a Feature Pyramid Network (FPN), shows significant improvement.");
        assertEquals(List.of("FPN"), fpn.stream().map(Mention::name).toList());
    }

    @Test
    void aTermDefinedInLowerCaseIsNotAName() {
        assertEquals(List.of(), names("We propose to study the state space model (SSM) under a new parameterization."));
        assertEquals(List.of(), names("Reward Design with Language Models"), "a title without a colon is not a name");
    }
}
