package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one page instead of stopping at the first, so a user sees every
 * broken record of a page in one run.
 */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void error(int line, String message) {
        list.add(new Problem(file, line, Problem.Severity.ERROR, message));
    }

    public void warning(int line, String message) {
        list.add(new Problem(file, line, Problem.Severity.WARNING, message));
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }
}
