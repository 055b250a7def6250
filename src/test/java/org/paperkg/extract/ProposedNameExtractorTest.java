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

    @Test
    void lowerCaseNamesTheSentenceGives() {
        assertEquals(List.of("noise invariant training"), names("To address this problem, we further propose an approach called noise "
                + "invariant training for training a query-based sound separation model on noisy data."));
        assertEquals(List.of("automatic implicit differentiation"), names("In this paper, we propose automatic implicit differentiation, "
                + "an efficient and modular approach for implicit differentiation of optimization problems."));
        assertEquals(List.of("CCL"), names("In this paper, we propose cyclical curriculum learning (CCL), in which the data size changes cyclically."));
        assertEquals(List.of(), names("Several works have been called in the literature to address this."), "a preposition is no name");
    }

    @Test
    void namesListedAfterAProposedOne() {
        assertEquals(List.of("CascadingVI", "CascadingBPI"), names("Equipped with BestPerm, we develop two algorithms CascadingVI and "
                + "CascadingBPI, which are both computationally-efficient and sample-efficient."));
        assertEquals(List.of("PuYun", "PuYun-Short"), names("We introduce PuYun, comprising PuYun-Short for 0-5 day forecasts."));
    }

    @Test
    void aNamedProblemIsNoMethod() {
        assertEquals(List.of(), names("In this paper, we study a novel episodic risk-sensitive Reinforcement Learning (RL) problem, named "
                + "Iterated CVaR RL, which aims to maximize the tail of the reward-to-go at each step."));
    }
}
