package org.paperkg;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the reading of one page on a thread of its own with a time limit. Every pattern and scan
 * over page text is meant to be linear; this is the backstop for what was missed, so a page
 * that still takes too long costs its own time budget, not the run.
 *
 * <p>Only reading and extraction run here, never a store transaction: a thread stopped over its
 * budget holds no lock and leaves nothing half-written.
 */
final class PageBudget {
    private PageBudget() {
    }

    /** Thrown when the work took longer than its budget. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;

        Exceeded(Duration budget) {
            super(message(budget));
        }

        /** What a page over its time is told, whoever stopped it. */
        static String message(Duration budget) {
            return String.format("reading took more than %d s (the page's time budget; raise it with --time-per-mb)",
                    Math.max(1, budget.toSeconds()));
        }
    }

    /** {@code work}'s result, or {@link Exceeded}; its own exceptions and errors are thrown as they are. */
    static <T> T run(Callable<T> work, Duration budget) throws Exceeded, Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "paperkg-page-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(worker);
            throw new Exceeded(budget);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Interrupts the worker, and stops it if it does not end: a regular expression does not look
     * at interrupts, and a runaway thread would otherwise burn a core until the process ends.
     * Thread.stop is safe here because the worker only reads a page it owns and holds no store lock.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) worker.stop();
    }
}
