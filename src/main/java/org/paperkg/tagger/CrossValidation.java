package org.paperkg.tagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
        List<List<AnnotatedSentence>> tests = new ArrayList<>();
        for (int k = 0; k < folds; k++) tests.add(new ArrayList<>());
        for (int i = 0; i < shuffled.size(); i++) tests.get(i % folds).add(shuffled.get(i));
        MentionScores scores = new MentionScores();
        for (MentionScores fold : folds(shuffled, tests, dictionary, training, finder)) scores.addAll(fold);
        return scores;
    }

    /**
     * Leave one source out: each source's sentences (a venue: NIPS, VISION, SIGIR, SDM) tagged by a
     * tagger trained on the other sources' only, which says more about text from elsewhere than
     * shuffled folds do. In source order.
     */
    public static Map<String, MentionScores> bySource(List<AnnotatedSentence> corpus, NameDictionary dictionary, DatasetTagger.Training training,
                                                      Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> finder) throws IOException {
        Map<String, List<AnnotatedSentence>> bySource = new TreeMap<>();
        for (AnnotatedSentence s : corpus) bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
        if (bySource.size() < 2) throw new IllegalArgumentException("the corpus names " + bySource.size() + " source(s); leaving one out needs two");
        List<MentionScores> scores = folds(corpus, new ArrayList<>(bySource.values()), dictionary, training, finder);
        Map<String, MentionScores> out = new LinkedHashMap<>();
        int k = 0;
        for (String source : bySource.keySet()) out.put(source, scores.get(k++));
        return out;
    }

    /** Each test set scored by a tagger trained on the rest of {@code all}, two at a time on two cores. */
    private static List<MentionScores> folds(List<AnnotatedSentence> all, List<List<AnnotatedSentence>> tests, NameDictionary dictionary,
                                             DatasetTagger.Training training,
                                             Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> finder) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tests.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<MentionScores>> results = new ArrayList<>();
            for (List<AnnotatedSentence> test : tests) {
                Set<AnnotatedSentence> held = Collections.newSetFromMap(new IdentityHashMap<>());
                held.addAll(test);
                List<AnnotatedSentence> train = all.stream().filter(s -> !held.contains(s)).toList();
                results.add(pool.submit(() -> new MentionScores().add(test, finder.apply(DatasetTagger.train(train, dictionary, training)))));
            }
            List<MentionScores> out = new ArrayList<>();
            for (Future<MentionScores> r : results) out.add(r.get());
            return out;
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
