package org.paperkg.source;

import org.paperkg.source.readers.ArxivAtomReader;
import org.paperkg.source.readers.AwardListReader;
import org.paperkg.source.readers.BibtexReader;
import org.paperkg.source.readers.CsvColumns;
import org.paperkg.source.readers.CsvListReader;
import org.paperkg.source.readers.DailyPapersReader;
import org.paperkg.source.readers.HuggingFaceDailyPapersReader;
import org.paperkg.source.readers.JsonListReader;
import org.paperkg.source.readers.MiniConfHtmlReader;
import org.paperkg.source.readers.OpenReviewNotesReader;
import org.paperkg.source.readers.OpenReviewTableReader;
import org.paperkg.source.readers.PosterSessionReader;
import org.paperkg.source.readers.SessionPageReader;
import org.paperkg.source.readers.VirtualSiteEventsReader;
import org.paperkg.source.readers.VirtualSiteHtmlReader;

import java.util.List;
import java.util.Optional;

/**
 * The page formats paperkg reads, each with its reader. A new format is a new reader and one
 * line in {@link #standard()}.
 */
public final class ReaderRegistry {
    private static final double ENOUGH = 0.5;
    private final List<PageReader> readers;

    public ReaderRegistry(List<PageReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static ReaderRegistry standard() {
        return standard(CsvColumns.DEFAULT);
    }

    /** The standard readers, CSV/TSV lists read with {@code columns}. */
    public static ReaderRegistry standard(CsvColumns columns) {
        return new ReaderRegistry(List.of(
                new AwardListReader(),
                new PosterSessionReader(),
                new SessionPageReader(),
                new DailyPapersReader(),
                new HuggingFaceDailyPapersReader(),
                new ArxivAtomReader(),
                new OpenReviewNotesReader(),
                new OpenReviewTableReader(),
                new BibtexReader(),
                new VirtualSiteHtmlReader(),
                new MiniConfHtmlReader(),
                new VirtualSiteEventsReader(),
                new JsonListReader(),
                new CsvListReader(columns)));
    }

    /** The reader surest of {@code page}, if any is sure enough. */
    public Optional<PageReader> detect(PageText page) {
        PageReader best = null;
        double bestScore = ENOUGH;
        for (PageReader r : readers) {
            double score = r.recognise(page);
            if (score > bestScore || (best == null && score >= ENOUGH)) {
                best = r;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The message for a page no reader takes: what it looks like, and the formats that are known. */
    public String refusal(PageText page) {
        return "no reader recognises this page: it looks like " + PageSketch.of(page) + "; known formats: "
                + String.join(", ", formats().stream().map(PageFormat::name).toList());
    }

    public List<PageFormat> formats() {
        return readers.stream().map(PageReader::format).toList();
    }

    public List<PageReader> readers() {
        return readers;
    }
}
