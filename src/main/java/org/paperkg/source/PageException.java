package org.paperkg.source;

import java.util.List;

/** Thrown when a page cannot be used at all; carries what was wrong. */
public final class PageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public PageException(Problem problem) {
        this(List.of(problem));
    }

    public PageException(List<Problem> problems) {
        super(problems.isEmpty() ? "page refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
