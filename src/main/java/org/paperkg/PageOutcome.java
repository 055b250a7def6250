package org.paperkg;

import org.paperkg.source.Problem;

import java.util.List;

/**
 * What happened to one input file.
 *
 * @param format  the detected format, or null when none was recognised
 * @param records entries read from the page
 * @param papers  distinct papers the page lists
 */
public record PageOutcome(String file, Status status, String format, int records, int papers, List<Problem> problems) {
    public enum Status { ADDED, REPLACED, UNCHANGED, FAILED }

    public PageOutcome {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
