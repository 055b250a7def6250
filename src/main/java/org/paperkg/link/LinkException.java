package org.paperkg.link;

/** Linking could not go on: an endpoint that does not answer, a dump that cannot be read. */
public final class LinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }
}
