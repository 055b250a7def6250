package org.paperkg.pull;

import org.paperkg.PageOutcome;
import org.paperkg.PageRun;
import org.paperkg.source.PageException;
import org.paperkg.source.PageLoader;
import org.paperkg.source.Problem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pull: each unit of a source fetched and handed to the store as a page, as a file would
 * be, its URL kept as the page's source. A unit whose page cannot be stored is said and the
 * pull goes on where the next unit is known; a unit that cannot be fetched ends a chained
 * source's pull, since its answer says what comes next. Either way the state says what is in,
 * and the same command run again continues from there.
 */
public final class Pull {
    private final Fetcher fetcher;
    private final PageRun.Pages pages;
    private final Clock clock;

    /** What a pull did: one outcome per unit fetched (failures included), and how it ended. */
    public record Result(List<PageOutcome> pages, int resumedUnits, int emptyUnits, int fromCache, boolean finished) {
    }

    public Pull(Fetcher fetcher, PageRun.Pages pages, Clock clock) {
        this.fetcher = fetcher;
        this.pages = pages;
        this.clock = clock;
    }

    /** @param each called with each unit's outcome as it is stored */
    public Result run(Source source, PullState state, Consumer<PageOutcome> each) throws InterruptedException {
        List<PageOutcome> outcomes = new ArrayList<>();
        int resumed = 0;
        int empty = 0;
        int cached = 0;
        boolean complete = true;
        String cursor = source.first();
        while (cursor != null) {
            if (state.isDone(cursor)) {
                resumed++;
                cursor = state.nextAfter(cursor);
                continue;
            }
            Source.Unit unit = source.unit(cursor);
            Fetcher.Response answer;
            Source.Step step;
            try {
                answer = fetcher.get(unit.url(), unit.maxAge());
                step = source.step(cursor, answer.body());
            } catch (FetchException e) {
                PageOutcome failed = failed(unit, e.getMessage());
                outcomes.add(failed);
                each.accept(failed);
                complete = false;
                cursor = source.nextWithoutAnswer(cursor).orElse(null);
                continue;
            }
            if (answer.fromCache()) cached++;
            if (step.records() == 0) {
                // a day without papers, or the window past the last note: nothing to store
                empty++;
                state.markDone(cursor, step.next());
                cursor = step.next();
                continue;
            }
            PageOutcome outcome;
            try {
                outcome = pages.ingestPage(PageLoader.decode(unit.pageName(), answer.body()), unit.info());
            } catch (PageException e) {
                outcome = new PageOutcome(unit.pageName(), PageOutcome.Status.FAILED, null, 0, 0, e.problems());
            }
            outcomes.add(outcome);
            each.accept(outcome);
            if (outcome.failed()) {
                complete = false;
            } else {
                state.markDone(cursor, step.next());
            }
            cursor = step.next();
        }
        if (complete) state.finish(clock.instant());
        return new Result(List.copyOf(outcomes), resumed, empty, cached, complete);
    }

    private static PageOutcome failed(Source.Unit unit, String message) {
        return new PageOutcome(unit.pageName(), PageOutcome.Status.FAILED, null, 0, 0,
                List.of(new Problem(unit.pageName(), 0, Problem.Severity.ERROR, message)));
    }
}
