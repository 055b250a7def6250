package org.paperkg.extract;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * OpenNLP's English models (UD English-EWT, from the opennlp-models-*-en artifacts on Maven
 * Central), loaded once from the classpath. The models are shared; the ME tools that use them
 * are not thread-safe, so each thread gets its own through {@link #tools()}.
 */
public final class NlpModels {
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels instance;
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Tools> tools;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCES));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
            lemmatizerModel = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
        tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sentenceModel),
                new TokenizerME(tokenizerModel), new POSTaggerME(posModel), new LemmatizerME(lemmatizerModel)));
    }

    public static NlpModels get() {
        NlpModels m = instance;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = instance;
                if (m == null) instance = m = new NlpModels();
            }
        }
        return m;
    }

    /** This thread's tools. */
    public Tools tools() {
        return tools.get();
    }

    /** One thread's set of OpenNLP tools. */
    public record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is not on the classpath (opennlp-models-*-en artifacts)");
        return in;
    }
}
