package org.paperkg.cli;

import org.paperkg.vocab.VocabularyConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = {"Converts the Papers with Code dataset and method lists (CC BY-SA 4.0) into the generated",
                "catalogue and taxonomy files ontology/pwc-datasets.ttl and ontology/pwc-methods.ttl.",
                "The hand-curated files beside them win where the two differ. Run it when either changes;",
                "the build ships what it wrote."})
final class VocabCommand implements Callable<Integer> {
    @Option(names = "--from", defaultValue = "../shared/real/vocab", paramLabel = "DIR",
            description = "the folder holding the three Papers with Code files (default: ${DEFAULT-VALUE})")
    Path from;

    @Option(names = "--into", defaultValue = "ontology", paramLabel = "DIR",
            description = "the ontology folder: hand-curated files are read from it, generated ones written to it (default: ${DEFAULT-VALUE})")
    Path into;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) throw new Main.UsageError(from + " is not a folder");
        if (!Files.isRegularFile(into.resolve("datasets.ttl"))) throw new Main.UsageError(into + " holds no datasets.ttl: name the ontology folder");
        VocabularyConversion.Summary s = VocabularyConversion.convert(from, into);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d datasets (%d labels, %d needing context); %d Papers with Code datasets are hand-curated entries%n",
                into.resolve(VocabularyConversion.DATASETS_FILE), s.datasets(), s.datasetLabels(), s.datasetsNeedingContext(), s.datasetsKeptByHand());
        out.printf("%s: %d areas, %d collections, %d methods; %d Papers with Code methods are hand-curated concepts or methods,"
                        + " %d have no name of their own (two letters, or another method's)%n",
                into.resolve(VocabularyConversion.METHODS_FILE), s.areas(), s.collections(), s.methods(), s.methodsKeptByHand(), s.methodsWithoutOwnName());
        out.flush();
        return 0;
    }
}
