package org.paperkg.tagger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.extract.ConceptTaxonomy;
import org.paperkg.extract.DatasetCatalogue;
import org.paperkg.extract.DatasetTaggerExtractor;
import org.paperkg.extract.KnownMethods;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dataset tagger on the real training corpus (Heddes et al. 2021): the corpus is read as
 * its README says, the shipped model is what training makes, and ten-fold cross-validation of
 * the dataset extraction as ingest runs it meets the bar.
 */
class DatasetTaggerTest {
    static final Path CORPUS = Examples.REAL.resolve("dataset-mentions/Train_set_sentences.csv");
    private static List<AnnotatedSentence> corpus;

    @BeforeAll
    static void read() throws IOException {
        corpus = MentionCorpus.read(CORPUS);
    }

    @Test
    void theCorpusReadsAsItsReadmeCountsIt() {
        assertEquals(4640, corpus.size());
        // 2,755 Dataset spans and 36 misspelt Datatset ones; the 2,486 Geen Dataset spans are hard negatives
        assertEquals(2791, corpus.stream().mapToInt(s -> s.datasets().size()).sum());
        // 2,137 sentences hold a Dataset span, 25 more only a Datatset one
        assertEquals(2162, corpus.stream().filter(s -> !s.datasets().isEmpty()).count());
        AnnotatedSentence first = corpus.get(0);
        assertEquals("5218", first.id());
        assertEquals("IndBAN and IndDEV dataset", first.datasets().get(0).of(first.text()));
        assertEquals("VISION", first.source());
    }

    @Test
    void aBrokenCorpusIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, ",id,text,labels\n0,1,\"We use MNIST.\",\"[[7, 12, 'Dataset']]\"\n1,2,\"On CIFAR.\",\"[[3, 90, 'Dataset']]\"\n",
                StandardCharsets.UTF_8);
        MentionCorpus.CorpusException e = assertThrows(MentionCorpus.CorpusException.class, () -> MentionCorpus.read(bad));
        assertEquals(bad + " line 3: span [3, 90) is outside the 9-character text", e.getMessage());
        Files.writeString(bad, ",id,text,labels\n0,1,\"We use MNIST.\",\"[[7, 12, 'Data']]\"\n", StandardCharsets.UTF_8);
        e = assertThrows(MentionCorpus.CorpusException.class, () -> MentionCorpus.read(bad));
        assertEquals(bad + " line 2: unknown label 'Data' (Dataset or Geen Dataset)", e.getMessage());
        Files.writeString(bad, "id,text\n1,x\n", StandardCharsets.UTF_8);
        e = assertThrows(MentionCorpus.CorpusException.class, () -> MentionCorpus.read(bad));
        assertTrue(e.getMessage().startsWith(bad + " line 1: no 'labels' column"), e.getMessage());
    }

    @Test
    void theShippedModelIsWhatTrainingMakes() throws IOException {
        DatasetCatalogue catalogue = DatasetCatalogue.load();
        DatasetTagger tagger = DatasetTagger.train(corpus, DatasetTaggerExtractor.dictionary(catalogue), DatasetTagger.Training.DEFAULT);
        ByteArrayOutputStream trained = new ByteArrayOutputStream();
        tagger.save(trained);
        byte[] shipped;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/main/resources", DatasetTaggerExtractor.MODEL)))) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, trained.toByteArray(), "the model is out of date: run ./paperkg train-tagger");
    }

    @Test
    void tenFoldCrossValidationMeetsTheBar() throws IOException {
        DatasetCatalogue catalogue = DatasetCatalogue.load();
        ConceptTaxonomy concepts = ConceptTaxonomy.load();
        KnownMethods methods = KnownMethods.load();
        Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> asIngest = t -> {
            TextExtraction extraction = new TextExtraction(TextExtraction.datasetExtractors(catalogue, concepts, methods, t));
            return text -> extraction.extractFresh(text).stream().filter(m -> m.kind() == Mention.Kind.DATASET)
                    .map(m -> new AnnotatedSentence.Span(m.start(), m.end())).toList();
        };
        MentionScores s = CrossValidation.run(corpus, 10, 42, DatasetTaggerExtractor.dictionary(catalogue), DatasetTagger.Training.DEFAULT, asIngest);
        System.out.printf("10-fold dataset mentions: overlap P %.3f R %.3f F1 %.3f, exact F1 %.3f%n",
                s.overlapPrecision(), s.overlapRecall(), s.overlapF1(), s.exactF1());
        assertTrue(s.overlapPrecision() >= 0.90, "precision " + s.overlapPrecision());
        assertTrue(s.overlapF1() >= 0.85, "F1 " + s.overlapF1());
    }

    @Test
    void goldTagsFollowTheMarkedSpans() {
        Tokens t = Tokens.of("The MegaFace dataset is divided into two subsets.");
        assertEquals(List.of("O", "B", "I", "O", "O", "O", "O", "O", "O"),
                List.of(DatasetTagger.goldTags(t, List.of(new AnnotatedSentence.Span(4, 20)))));
        assertEquals("X-d", MentionFeatures.shape("CIFAR-10"));
        assertEquals("XxXx", MentionFeatures.shape("ImageNet"));
    }
}
