package org.paperkg.cli;

import org.paperkg.extract.ConceptTaxonomy;
import org.paperkg.extract.DatasetCatalogue;
import org.paperkg.extract.DatasetTaggerExtractor;
import org.paperkg.extract.KnownMethods;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;
import org.paperkg.tagger.AnnotatedSentence;
import org.paperkg.tagger.CrossValidation;
import org.paperkg.tagger.DatasetTagger;
import org.paperkg.tagger.MentionCorpus;
import org.paperkg.tagger.MentionScores;
import org.paperkg.tagger.NameDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores paperkg's extraction against annotated text.",
        subcommands = EvalCommand.Mentions.class)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new Main.UsageError("name what to evaluate, for example: paperkg eval mentions FILE.csv");
    }

    @Command(name = "mentions", mixinStandardHelpOptions = true,
            description = {"Dataset-name mentions against a span-annotated CSV (id, text, labels as [start, end, 'Dataset']):",
                    "precision, recall and F1 by span overlap and by exact match, for the catalogue alone, the",
                    "tagger alone and all dataset extractors as ingest runs them, then the errors of the last.",
                    "Without --folds the shipped tagger is scored (use a file it was not trained on); with",
                    "--folds K each fold is tagged by a tagger trained on the other K-1."})
    static final class Mentions implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.csv", description = "the annotated sentences")
        Path file;

        @Option(names = "--folds", paramLabel = "K", description = "K-fold cross-validation on FILE (train and test on it)")
        Integer folds;

        @Option(names = "--by-source", description = "leave one source (the conference column) out: train on the others, score it")
        boolean bySource;

        @Option(names = "--seed", defaultValue = "42", description = "shuffles the sentences before dealing folds (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--errors", defaultValue = "20", paramLabel = "N", description = "false and missed names to print, each (default: ${DEFAULT-VALUE})")
        int errors;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) throw new Main.UsageError(file + " is not a file");
            if (folds != null && folds < 2) throw new Main.UsageError("--folds must be at least 2");
            if (folds != null && bySource) throw new Main.UsageError("--folds and --by-source are two ways of holding text out: choose one");
            List<AnnotatedSentence> corpus = MentionCorpus.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d sentences, %d marked dataset names%s%n", file, corpus.size(),
                    corpus.stream().mapToInt(s -> s.datasets().size()).sum(),
                    bySource ? "; each source left out in turn" : folds == null ? "; shipped tagger" : "; " + folds + "-fold cross-validation, seed " + seed);
            out.printf("%-22s %28s   %28s   %s%n", "", "span overlap: P     R     F1", "exact match: P     R     F1", "found");
            DatasetCatalogue catalogue = DatasetCatalogue.load();
            ConceptTaxonomy concepts = ConceptTaxonomy.load();
            KnownMethods methods = KnownMethods.load();
            NameDictionary dictionary = DatasetTaggerExtractor.dictionary(catalogue);
            Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> all =
                    t -> spans(new TextExtraction(TextExtraction.datasetExtractors(catalogue, concepts, methods, t)));
            Function<DatasetTagger, Function<String, List<AnnotatedSentence.Span>>> alone =
                    t -> text -> t.tag(text).stream().map(f -> new AnnotatedSentence.Span(f.start(), f.end())).toList();
            print(out, "catalogue only", new MentionScores().add(corpus,
                    spans(new TextExtraction(TextExtraction.datasetExtractors(catalogue, concepts, methods, null).subList(0, 1)))));
            MentionScores tagger;
            MentionScores shipped;
            if (bySource) {
                Map<String, MentionScores> each = CrossValidation.bySource(corpus, dictionary, DatasetTagger.Training.DEFAULT, all);
                shipped = new MentionScores();
                for (Map.Entry<String, MentionScores> e : each.entrySet()) {
                    print(out, "paperkg, " + (e.getKey().isEmpty() ? "(no source)" : e.getKey()), e.getValue());
                    shipped.addAll(e.getValue());
                }
                print(out, "paperkg (all sources)", shipped);
                printErrors(out, shipped);
                return 0;
            }
            if (folds == null) {
                DatasetTagger t = DatasetTaggerExtractor.shippedTagger(catalogue);
                tagger = new MentionScores().add(corpus, alone.apply(t));
                shipped = new MentionScores().add(corpus, all.apply(t));
            } else {
                tagger = CrossValidation.run(corpus, folds, seed, dictionary, DatasetTagger.Training.DEFAULT, alone);
                shipped = CrossValidation.run(corpus, folds, seed, dictionary, DatasetTagger.Training.DEFAULT, all);
            }
            print(out, "tagger alone", tagger);
            print(out, "paperkg (all)", shipped);
            printErrors(out, shipped);
            return 0;
        }

        private void printErrors(PrintWriter out, MentionScores shipped) {
            out.printf("%nerrors of paperkg (all): %d found names overlap no marked one, %d marked names were missed%n",
                    shipped.falsePositives().size(), shipped.misses().size());
            shipped.falsePositives().stream().limit(errors).forEach(e -> out.println("  false   " + e));
            shipped.misses().stream().limit(errors).forEach(e -> out.println("  missed  " + e));
            out.flush();
        }

        private static Function<String, List<AnnotatedSentence.Span>> spans(TextExtraction extraction) {
            return text -> extraction.extractFresh(text).stream().filter(m -> m.kind() == Mention.Kind.DATASET)
                    .map(m -> new AnnotatedSentence.Span(m.start(), m.end())).toList();
        }

        private static void print(PrintWriter out, String what, MentionScores s) {
            out.printf("%-22s %16.3f %5.3f %5.3f   %15.3f %5.3f %5.3f   %d%n", what, s.overlapPrecision(), s.overlapRecall(), s.overlapF1(),
                    s.exactPrecision(), s.exactRecall(), s.exactF1(), s.found());
        }
    }
}
