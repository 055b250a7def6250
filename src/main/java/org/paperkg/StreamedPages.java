package org.paperkg;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.paperkg.rdf.GraphMaintenance;
import org.paperkg.rdf.IriScheme;
import org.paperkg.rdf.MappedPage;
import org.paperkg.rdf.PageMapper;
import org.paperkg.rdf.StreamedEntries;
import org.paperkg.rdf.VocabularyGraph;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageOrigin;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.CutPages;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;
import org.paperkg.source.Problems;
import org.paperkg.source.StreamingReader;
import org.paperkg.store.PaperStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page too large to hold, read record by record from its file: twice, so that it gives the
 * graph the same page read whole gives (the first pass finds which records are copies of one
 * paper and which one the page ends inside; the second writes). Nothing of the page is stored
 * unless all of it is: the second pass and what follows from it run in one write transaction.
 * The time budget is checked between records, since a streamed page is not read on a worker
 * thread that could be stopped; the per-record work itself is linear in its length.
 */
final class StreamedPages {
    /** The papers whose derived statements are worked out together, to bound what one step holds. */
    private static final int PAPERS_PER_STEP = 2_000;
    private final PaperStore store;
    private final IriScheme iris;
    private final PageMapper mapper;
    private final GraphMaintenance maintenance;
    private final Clock clock;

    StreamedPages(PaperStore store, IriScheme iris, PageMapper mapper, GraphMaintenance maintenance, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.mapper = mapper;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    /** Thrown between records when the page's time is up; the transaction then stores nothing. */
    private static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTime(Duration budget) {
            super(PageBudget.Exceeded.message(budget));
        }
    }

    private record Deadline(long endNanos, Duration budget) {
        static Deadline after(Duration budget) {
            return new Deadline(System.nanoTime() + budget.toNanos(), budget);
        }

        void check() {
            if (System.nanoTime() > endNanos) throw new OutOfTime(budget);
        }
    }

    PageOutcome ingest(PageText page, PageInfo info, StreamingReader reader, Duration budget) {
        Problems problems = new Problems(page.name());
        String format = reader.format().name();
        Node pageNode = iris.page(page.name());
        Deadline deadline = Deadline.after(budget);
        StreamedEntries entries = new StreamedEntries();
        PaperRecord[] last = {null};
        int[] lastIndex = {-1};
        PageRecords whole;
        try {
            whole = reader.stream(page, info, problems, r -> {
                deadline.check();
                if (last[0] == null || r.line() >= last[0].line()) {
                    last[0] = r;
                    lastIndex[0] = entries.records();
                }
                entries.learn(r);
            });
        } catch (OutOfTime e) {
            return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, e.getMessage()));
        }
        PaperRecord cut = last[0] == null ? null : CutPages.flagIfCut(page, last[0], problems);
        if (!problems.hasErrors() && entries.records() == 0) problems.error(0, "the page holds no papers");
        if (problems.hasErrors()) {
            return new PageOutcome(page.name(), PageOutcome.Status.FAILED, format, entries.records(), 0, problems.all());
        }
        PageOrigin origin = new PageOrigin(page.name(), page.sha256());
        try {
            return store.write(dsg -> {
                Optional<String> stored = maintenance.storedChecksum(dsg, pageNode);
                if (stored.isPresent() && stored.get().equals(page.sha256())) {
                    return new PageOutcome(page.name(), PageOutcome.Status.UNCHANGED, format, entries.records(), entries.entries(),
                            problems.all());
                }
                VocabularyGraph.refresh(dsg, iris);
                if (stored.isPresent()) maintenance.removePage(dsg, pageNode);
                PageMapper.PageWriter writer = mapper.begin(origin, info, whole.session(), StreamRDFLib.dataset(dsg));
                var twins = maintenance.twins(dsg);
                var collect = entries.writingTo(writer, twins);
                int[] index = {0};
                // the second pass reports nothing new: its problems are the first pass's
                reader.stream(page, info, new Problems(page.name()), r -> {
                    deadline.check();
                    collect.accept(index[0]++ == lastIndex[0] && cut != null ? cut : r);
                });
                MappedPage mapped = writer.finish(whole.format(), whole.listingDate(), entries.records(), clock.instant());
                List<Node> papers = mapped.papers();
                for (int from = 0; from < papers.size(); from += PAPERS_PER_STEP) {
                    deadline.check();
                    List<Node> step = new ArrayList<>(papers.subList(from, Math.min(papers.size(), from + PAPERS_PER_STEP)));
                    maintenance.pageAdded(dsg, new MappedPage(mapped.graph(), step, mapped.records(), mapped.quads()), Map.of());
                }
                return new PageOutcome(page.name(), stored.isPresent() ? PageOutcome.Status.REPLACED : PageOutcome.Status.ADDED,
                        format, mapped.records(), papers.size(), problems.all());
            });
        } catch (OutOfTime e) {
            return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, e.getMessage()));
        }
    }
}
