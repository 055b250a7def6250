package org.paperkg.cli;

import org.paperkg.Examples;
import org.paperkg.PageLimits;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.PaperStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A reader with a fault a test needs (a bug, an endless loop) that takes the bundled oral-session
 * page before the standard readers can, in a graph of its own: what happens to that page, and to
 * the others of the run.
 */
final class RiggedReader {
    private RiggedReader() {
    }

    static Paperkg graphWith(String format, Function<PageText, PageRecords> read, PageLimits limits) {
        PageReader rigged = new PageReader() {
            @Override
            public PageFormat format() {
                return new PageFormat(format, "a reader with a fault, for a test");
            }

            @Override
            public double recognise(PageText page) {
                return page.name().startsWith("iclr-2022-oral") ? 1 : 0;
            }

            @Override
            public PageRecords read(PageText page, PageInfo info, Problems problems) {
                return read.apply(page);
            }
        };
        List<PageReader> readers = new ArrayList<>(List.of(rigged));
        readers.addAll(ReaderRegistry.standard().readers());
        return new Paperkg(PaperStore.temporary(), new IriScheme(IriScheme.DEFAULT_BASE), new ReaderRegistry(readers),
                Examples.FIXED_CLOCK, limits);
    }
}
