package org.paperkg.cli;

import org.paperkg.extract.DatasetCatalogue;
import org.paperkg.extract.DatasetTaggerExtractor;
import org.paperkg.tagger.AnnotatedSentence;
import org.paperkg.tagger.DatasetTagger;
import org.paperkg.tagger.MentionCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

@Command(name = "train-tagger", mixinStandardHelpOptions = true,
        description = {"Trains the dataset-mention tagger on a span-annotated corpus and writes the model the",
                "build ships. Same corpus and vocabulary, same model, byte for byte."})
final class TrainTaggerCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/real/dataset-mentions/Train_set_sentences.csv", paramLabel = "FILE",
            description = "the span-annotated CSV (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--out", defaultValue = "src/main/resources/" + DatasetTaggerExtractor.MODEL, paramLabel = "FILE",
            description = "where to write the gzipped model (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--iterations", defaultValue = "60", description = "perceptron passes over the corpus (default: ${DEFAULT-VALUE})")
    int iterations;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) throw new Main.UsageError(corpus + " is not a file");
        List<AnnotatedSentence> sentences = MentionCorpus.read(corpus);
        long t0 = System.nanoTime();
        DatasetTagger tagger = DatasetTagger.train(sentences, DatasetTaggerExtractor.dictionary(DatasetCatalogue.load()),
                new DatasetTagger.Training(iterations, DatasetTagger.Training.DEFAULT.cutoff()));
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // written beside and moved: a crash never leaves half a model where the build looks
        Path tmp = parent.resolve(out.getFileName() + ".tmp");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp))) {
            tagger.save(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s: trained on %d sentences (%d marked names) in %.1f s, %d bytes%n", out, sentences.size(),
                sentences.stream().mapToInt(s -> s.datasets().size()).sum(), (System.nanoTime() - t0) / 1e9, Files.size(out));
        w.flush();
        return 0;
    }
}
