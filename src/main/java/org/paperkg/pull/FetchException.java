package org.paperkg.pull;

/** A request that did not give a usable answer, said in words: the address, and what went wrong. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }
}
