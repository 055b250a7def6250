package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval mentions}, {@code train-tagger} and {@code vocab} end to end, with their bad input. */
class ExtractionCommandsTest {
    @TempDir
    Path tmp;

    /** The first 300 sentences of the real corpus, as a user's own annotated file would be. */
    private Path sample() throws IOException {
        List<String> lines = Files.readAllLines(Examples.REAL.resolve("dataset-mentions/Train_set_sentences.csv"), StandardCharsets.UTF_8);
        Path f = tmp.resolve("sample.csv");
        Files.write(f, lines.subList(0, 301), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void evalMentionsPrintsTheThreeScoresAndTheErrors() throws IOException {
        CliRun run = CliRun.of("eval", "mentions", sample().toString(), "--errors", "3");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].endsWith("sample.csv: 300 sentences, 194 marked dataset names; shipped tagger"), lines[0]);
        assertTrue(lines[2].startsWith("catalogue only"), lines[2]);
        assertTrue(lines[3].startsWith("tagger alone"), lines[3]);
        assertTrue(lines[4].startsWith("paperkg (all)"), lines[4]);
        assertTrue(run.out().contains("\n  false   ") && run.out().contains("\n  missed  "), run.out());
    }

    @Test
    void evalMentionsCrossValidates() throws IOException {
        CliRun run = CliRun.of("eval", "mentions", sample().toString(), "--folds", "3", "--errors", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3-fold cross-validation, seed 42"), run.out());
    }

    @Test
    void evalMentionsLeavesEachSourceOut() throws IOException {
        CliRun run = CliRun.of("eval", "mentions", sample().toString(), "--by-source", "--errors", "0");
        assertEquals(0, run.exitCode(), run.err());
        for (String source : List.of("NIPS", "SDM", "SIGIR", "VISION")) {
            assertTrue(run.out().contains("\npaperkg, " + source + " "), run.out());
        }
        assertTrue(run.out().contains("\npaperkg (all sources) "), run.out());
        assertEquals(2, CliRun.of("eval", "mentions", sample().toString(), "--by-source", "--folds", "3").exitCode());
    }

    @Test
    void aBrokenCorpusIsNamedAndNothingIsScored() throws IOException {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, ",id,text,labels\n0,1,\"We use MNIST.\",\"[[7, 12, Dataset]]\"\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "mentions", bad.toString());
        assertEquals(1, run.exitCode());
        assertEquals("paperkg mentions: " + bad + " line 2: labels is not a list of [start, end, 'Label'] triples: [[7, 12, Dataset]]",
                run.err().strip());
        assertEquals(2, CliRun.of("eval", "mentions", bad.toString(), "--folds", "1").exitCode());
        assertEquals(2, CliRun.of("eval", "mentions", tmp.resolve("missing.csv").toString()).exitCode());
        assertEquals(2, CliRun.of("eval").exitCode());
    }

    @Test
    void trainTaggerWritesAModelThatEvalCanUse() throws IOException {
        Path model = tmp.resolve("models/tagger.bin.gz");
        CliRun run = CliRun.of("train-tagger", "--corpus", sample().toString(), "--out", model.toString(), "--iterations", "5");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(model + ": trained on 300 sentences (194 marked names)"), run.out());
        assertTrue(Files.size(model) > 1000);
        assertEquals(List.of(), List.of(tmp.resolve("models").toFile().list()).stream().filter(n -> n.endsWith(".tmp")).toList());
    }

    @Test
    void vocabNeedsTheOntologyFolder() {
        CliRun run = CliRun.of("vocab", "--into", tmp.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("holds no datasets.ttl"), run.err());
        assertEquals(2, CliRun.of("vocab", "--from", tmp.resolve("nowhere").toString()).exitCode());
    }
}
