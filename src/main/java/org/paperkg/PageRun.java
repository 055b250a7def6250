package org.paperkg;

import org.paperkg.record.PageInfo;
import org.paperkg.source.Manifest;
import org.paperkg.source.PageException;
import org.paperkg.source.PageFiles;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ingest run over files and folders: which files, each folder's manifest read and said once,
 * each page handed to {@link Pages} — this process's store, or the server that holds it.
 */
public final class PageRun {
    private PageRun() {
    }

    /** Where a run's pages go. */
    public interface Pages {
        PageOutcome ingestPage(PageText page, PageInfo info);

        /** Reads {@code file} as the page {@code name} and stores it; a file that is no page throws. */
        default PageOutcome ingestFile(Path file, String name, PageInfo info) throws PageException {
            return ingestPage(PageLoader.open(file, maxPageBytes(), streamAbove()).named(name), info);
        }

        Map<String, Long> stats();

        /** Files larger than this are refused before they are read, unless they can be streamed. */
        long maxPageBytes();

        /** Files larger than this are read by streaming when their format allows it. */
        default long streamAbove() {
            return maxPageBytes();
        }
    }

    public static IngestReport ingest(List<Path> paths, Pages pages, Paperkg.IngestListener listener) {
        Map<String, Long> before = pages.stats();
        List<PageOutcome> outcomes = eachPage(paths, pages, listener);
        // unchanged and failed pages write nothing: counting again would double an unchanged run's cost
        boolean wrote = outcomes.stream().anyMatch(o -> o.status() == PageOutcome.Status.ADDED || o.status() == PageOutcome.Status.REPLACED);
        return new IngestReport(outcomes, before, wrote ? pages.stats() : before);
    }

    /**
     * Hands each file under {@code paths} to {@code pages}, in name order, with its folder's
     * manifest row; the outcomes include the paths and manifests that could not be read.
     */
    static List<PageOutcome> eachPage(List<Path> paths, Pages pages, Paperkg.IngestListener listener) {
        List<PageOutcome> outcomes = new ArrayList<>();
        PageFiles.Listing listing = PageFiles.list(paths);
        for (Problem p : listing.problems()) outcomes.add(failed(p));
        Map<Path, Manifest> manifests = new HashMap<>();
        List<PageFiles.PageFile> files = listing.files();
        for (int i = 0; i < files.size(); i++) {
            PageFiles.PageFile file = files.get(i);
            Manifest manifest = manifests.computeIfAbsent(file.folder(), folder -> {
                Manifest m = Manifest.inFolder(folder);
                if (!m.problems().isEmpty()) {
                    outcomes.add(new PageOutcome(folder.resolve(Manifest.FILE_NAME).toString(), PageOutcome.Status.FAILED,
                            null, 0, 0, m.problems()));
                }
                return m;
            });
            PageOutcome outcome = ingestFile(file, manifest, pages);
            outcomes.add(outcome);
            listener.pageDone(i + 1, files.size(), outcome);
        }
        return outcomes;
    }

    private static PageOutcome ingestFile(PageFiles.PageFile file, Manifest manifest, Pages pages) {
        String fileName = file.path().getFileName().toString();
        try {
            PageOutcome outcome = pages.ingestFile(file.path(), file.name(), manifest.infoFor(fileName));
            String manifestProblem = manifest.problemFor(fileName);
            if (manifestProblem == null || outcome.failed()) return outcome;
            List<Problem> problems = new ArrayList<>(outcome.problems());
            problems.add(new Problem(file.name(), 0, Problem.Severity.WARNING, manifestProblem));
            return new PageOutcome(outcome.file(), outcome.status(), outcome.format(), outcome.records(), outcome.papers(), problems);
        } catch (PageException e) {
            return new PageOutcome(file.name(), PageOutcome.Status.FAILED, null, 0, 0, e.problems());
        }
    }

    static PageOutcome failed(Problem problem) {
        return new PageOutcome(problem.file(), PageOutcome.Status.FAILED, null, 0, 0, List.of(problem));
    }
}
