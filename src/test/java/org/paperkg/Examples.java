package org.paperkg;

import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.IriScheme;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.PaperStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled example pages, and how the gold files name them. */
public final class Examples {
    public static final Path FOLDER = Path.of("examples");
    public static final Path GOLD = Path.of("..", "shared", "gold");
    /** Real files copied unchanged from public repositories. */
    public static final Path REAL = Path.of("..", "shared", "real");
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Seed file name (as in the gold files) → bundled example name. */
    public static final Map<String, String> SEED_TO_EXAMPLE = Map.of(
            "000_1812ad0142ebc512.txt", "iclr-2022-outstanding-paper-awards.txt",
            "001_3995438c63dfe527.txt", "iclr-2023-poster-session-6.txt",
            "002_913df37a14cafdb0.txt", "daily-papers-trending.txt",
            "003_92bbe5dfcc734205.txt", "daily-papers-mar-13.txt",
            "004_a33917213f5d097f.txt", "iclr-2022-oral-2-understanding-deep-learning.txt");

    private Examples() {
    }

    public static List<Path> pages() {
        return SEED_TO_EXAMPLE.values().stream().sorted().map(FOLDER::resolve).toList();
    }

    public static Path page(String seedName) {
        return FOLDER.resolve(SEED_TO_EXAMPLE.get(seedName));
    }

    /** Every quad the store holds. */
    public static Set<Quad> quads(Paperkg kg) {
        return kg.store().read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    /**
     * A fresh TDB2 store in a temporary directory, with its text index, holding the given pages
     * ingested in the given order: for tests of the store, the server, search and browsing.
     */
    public static Paperkg ingested(List<Path> pages) {
        return ingestedInto(Paperkg.temporary(IriScheme.DEFAULT_BASE, FIXED_CLOCK), pages);
    }

    /**
     * The same graph in Jena's general in-memory dataset ({@link PaperStore#inMemoryForBuilding}),
     * three times quicker to fill than TDB2 and queried the same way, for tests of what is read and
     * derived. No text index, no rollback: pages that fail fail the test.
     */
    public static Paperkg ingestedInMemory(List<Path> pages) {
        return ingestedInto(inMemory(), pages);
    }

    /** An empty graph in the in-memory store of {@link #ingestedInMemory}. */
    public static Paperkg inMemory() {
        return new Paperkg(PaperStore.inMemoryForBuilding(), new IriScheme(IriScheme.DEFAULT_BASE), ReaderRegistry.standard(), FIXED_CLOCK);
    }

    private static Paperkg ingestedInto(Paperkg kg, List<Path> pages) {
        IngestReport report = kg.ingest(pages, Paperkg.IngestListener.SILENT);
        if (report.anyFailed()) {
            kg.close();
            throw new AssertionError("example pages failed: " + report.pages());
        }
        return kg;
    }
}
