package org.paperkg.tagger;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dataset names in sentences with a token classifier trained by OpenNLP's averaged
 * perceptron on {@link MentionFeatures}, read left to right (each token sees the tags given to
 * the two before it). Tags are B (a name starts), I (it goes on) and O.
 *
 * <p>OpenNLP's event trainer rather than {@code NameFinderME}: the features are plain Java here,
 * tested like any code, with no XML descriptor that must name classes at load time; the
 * perceptron trains in seconds, so ten-fold evaluation is a command, not a night; and tagging is
 * one weight lookup per feature, with no beam.
 */
public final class DatasetTagger {
    static final String BEGIN = "B";
    static final String INSIDE = "I";
    static final String OUTSIDE = "O";
    private final MaxentModel model;
    private final NameDictionary dictionary;
    private final int begin;
    private final int inside;

    /** One name found: its character span in the sentence and how sure the tagger is. */
    public record Found(int start, int end, double confidence) {
    }

    /** What training reads: the corpus, the dataset vocabulary, and how long to train. */
    public record Training(int iterations, int cutoff) {
        public static final Training DEFAULT = new Training(60, 1);
    }

    DatasetTagger(MaxentModel model, NameDictionary dictionary) {
        this.model = model;
        this.dictionary = dictionary;
        this.begin = model.getIndex(BEGIN);
        this.inside = model.getIndex(INSIDE);
        if (begin < 0 || inside < 0 || model.getIndex(OUTSIDE) < 0) throw new IllegalArgumentException("not a B/I/O tagger model");
    }

    public static DatasetTagger train(List<AnnotatedSentence> corpus, NameDictionary dictionary, Training training) throws IOException {
        List<Event> events = new ArrayList<>();
        for (AnnotatedSentence s : corpus) {
            Tokens tokens = Tokens.of(s.text());
            String[] tags = goldTags(tokens, s.datasets());
            MentionFeatures features = new MentionFeatures(tokens, dictionary);
            for (int i = 0; i < tags.length; i++) {
                events.add(new Event(tags[i], features.of(i, i > 0 ? tags[i - 1] : "<s>", i > 1 ? tags[i - 2] : "<s>")));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, training.cutoff());
        params.put("UseAverage", true);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // the events are in memory already: OpenNLP's default two-pass indexer writes them to a
        // temporary file and reads them back (a quarter of each training's time)
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return new DatasetTagger(trainer.train(ObjectStreamUtils.createObjectStream(events)), dictionary);
    }

    public static DatasetTagger load(InputStream in, NameDictionary dictionary) throws IOException {
        return new DatasetTagger(new GenericModelReader(new BinaryFileDataReader(in)).getModel(), dictionary);
    }

    public void save(OutputStream out) throws IOException {
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
    }

    public List<Found> tag(String sentence) {
        Tokens tokens = Tokens.of(sentence);
        List<Found> out = new ArrayList<>();
        if (tokens.size() == 0) return out;
        MentionFeatures features = new MentionFeatures(tokens, dictionary);
        String prev = "<s>";
        String prev2 = "<s>";
        int start = -1;
        double sure = 0;
        int length = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double[] p = model.eval(features.of(i, prev, prev2));
            String tag = model.getBestOutcome(p);
            // a name never starts inside: I after O is a beginning
            if (tag.equals(INSIDE) && start < 0) tag = BEGIN;
            if (!tag.equals(INSIDE) && start >= 0) {
                out.add(new Found(tokens.start(start), tokens.end(i - 1), sure / length));
                start = -1;
            }
            if (tag.equals(BEGIN)) {
                start = i;
                sure = 0;
                length = 0;
            }
            if (start >= 0) {
                sure += p[begin] + p[inside];
                length++;
            }
            prev2 = prev;
            prev = tag;
        }
        if (start >= 0) out.add(new Found(tokens.start(start), tokens.end(tokens.size() - 1), sure / length));
        return out;
    }

    /** B/I/O for each token: a token that overlaps a marked span is in it. */
    static String[] goldTags(Tokens tokens, List<AnnotatedSentence.Span> spans) {
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = OUTSIDE;
            for (AnnotatedSentence.Span s : spans) {
                if (tokens.start(i) < s.end() && s.start() < tokens.end(i)) {
                    boolean first = i == 0 || !(tokens.start(i - 1) < s.end() && s.start() < tokens.end(i - 1));
                    tags[i] = first ? BEGIN : INSIDE;
                    break;
                }
            }
        }
        return tags;
    }
}
