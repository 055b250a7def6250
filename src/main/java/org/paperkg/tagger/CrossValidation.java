package org.paperkg.tagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * K-fold cross-validation of the tagger on one corpus: the sentences are shuffled once with a
 * fixed seed and dealt into K folds; each fold is tagged by a model trained on the other K−1.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * @param finder turns a tagger trained on the other folds into the span finder to score
     *               (the tagger alone, or the tagger with the catalogue)
     */
    public static MentionScores run(List<AnnotatedSentence> corpus, int folds, long seed, NameDictionary dictionary,
                                    DatasetTagger.Training training,
                                    Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> finder) throws IOException {
        if (folds < 2 || folds > corpus.size()) throw new IllegalArgumentException("folds must be between 2 and the number of sentences (" + corpus.size() + ")");
        List<AnnotatedSentence> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(seed));
        // folds train apart, two at a time on two cores; scores are added up in fold order
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(folds, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<MentionScores>> results = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                int fold = k;
                results.add(pool.submit(() -> {
                    List<AnnotatedSentence> train = new ArrayList<>();
                    List<AnnotatedSentence> test = new ArrayList<>();
                    for (int i = 0; i < shuffled.size(); i++) (i % folds == fold ? test : train).add(shuffled.get(i));
                    return new MentionScores().add(test, finder.apply(DatasetTagger.train(train, dictionary, training)));
                }));
            }
            MentionScores scores = new MentionScores();
            for (Future<MentionScores> r : results) scores.addAll(r.get());
            return scores;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
